package dev.waitlistdesk.desk.editor;

import dev.waitlistdesk.desk.common.ListFocus;
import dev.waitlistdesk.desk.common.ClearButton;
import dev.waitlistdesk.desk.common.Nodes;
import dev.waitlistdesk.desk.common.StatusView;
import dev.waitlistdesk.desk.search.SearchResultCell;

import dev.waitlistdesk.port.Client;
import dev.waitlistdesk.desk.search.ClientSearchViewModel;
import dev.waitlistdesk.desk.editor.RecordViewModel;
import dev.waitlistdesk.desk.common.Status;
import dev.waitlistdesk.desk.common.Texts;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import org.controlsfx.control.textfield.CustomTextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The open record: note, clients, search, status, Save. Rebinds when another record opens. */
public final class RecordViewController {

    private final OpenRecord main;
    private final ClientSearchViewModel search;
    private final ChangeListener<Status> statusListener = (o, old, now) -> this.status.show(now);
    private final ChangeListener<Boolean> dirtyListener = (o, old, now) -> Nodes.setShown(this.unsavedLabel, now);
    private RecordViewModel bound;
    private Runnable openBooking = () -> { };

    @FXML private Label emptyLabel;
    @FXML private VBox editor;
    @FXML private Label titleLabel;
    @FXML private Label unsavedLabel;
    @FXML private Label noteLabel;
    @FXML private TextArea noteField;
    @FXML private Label searchLabel;
    @FXML private CustomTextField searchField;
    @FXML private Button newContactButton;
    @FXML private Label searchMessage;
    @FXML private HBox searchStatus;
    @FXML private ProgressIndicator searchSpinner;
    @FXML private Label searchingLabel;
    @FXML private Button searchRetry;
    @FXML private Label clientsHeader;
    @FXML private Button deleteButton;
    @FXML private Button bookButton;
    @FXML private ListView<Client> resultList;
    @FXML private ListView<Client> clientList;
    @FXML private StatusView status;
    @FXML private Button revertButton;
    @FXML private Button saveButton;
    @FXML private ResourceBundle resources;

    public RecordViewController(OpenRecord main) {
        this.main = main;
        this.search = main.search();
    }

    @FXML
    private void initialize() {
        status.focusAfterAction(clientList); // as after Save: Ctrl+Z there undoes the choice
        noteLabel.setLabelFor(noteField);
        searchLabel.setLabelFor(searchField);
        clientsHeader.setLabelFor(clientList);
        clientList.setCellFactory(list -> new PickedClientCell(resources, this::remove));
        // A destructive button is never reached by Tab or by a disabled neighbour passing the focus on;
        // Ctrl+Delete and its mnemonic still reach it from the keyboard.
        deleteButton.setFocusTraversable(false);
        noteField.addEventFilter(KeyEvent.KEY_PRESSED, this::noteKey);
        ListFocus.choosesARow(clientList);
        clientList.setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)
                    && clientList.getSelectionModel().getSelectedItem() != null) {
                remove(clientList.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        bindSearch();
        main.currentProperty().addListener((o, old, now) -> bind(now));
        bind(main.currentProperty().get());
    }

    private void bindSearch() {
        searchField.textProperty().bindBidirectional(search.queryProperty());
        ClearButton.attach(searchField, resources.getString("field.clear"));
        searchMessage.textProperty().bind(search.messageProperty());
        shownWhen(searchMessage, search.messageProperty().isNotEmpty());
        shownWhen(searchSpinner, search.searchingProperty());
        shownWhen(searchingLabel, search.searchingProperty());
        shownWhen(searchRetry, search.failedProperty());
        shownWhen(searchStatus, search.searchingProperty());
        resultList.setItems(search.results());
        resultList.setCellFactory(list -> new SearchResultCell(resources));
        resultList.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(search.results()));
        resultList.managedProperty().bind(resultList.visibleProperty());
        search.highlightedProperty().addListener((o, old, index) -> {
            if (index.intValue() >= 0) {
                resultList.getSelectionModel().select(index.intValue());
                resultList.scrollTo(index.intValue());
            } else {
                resultList.getSelectionModel().clearSelection();
            }
        });
        resultList.setOnMouseClicked(e -> {
            Client clicked = resultList.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && clicked != null) {
                search.add(clicked);
                searchField.requestFocus();
            }
        });
        searchField.addEventFilter(KeyEvent.KEY_PRESSED, this::searchKey);
    }

    private static void shownWhen(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    /** Tab leaves the note, as in any other field; Enter starts a new line. */
    private void noteKey(KeyEvent e) {
        if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
            e.consume();
            noteField.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                    false, false)); // Ctrl+Tab is the text area's own "move the focus on"
        }
    }

    private void searchKey(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> search.moveHighlight(1);
            case UP -> search.moveHighlight(-1);
            case ENTER -> search.addHighlighted();
            case ESCAPE -> {
                if (search.queryProperty().get().isEmpty()) {
                    return;
                }
                search.clear();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void bind(RecordViewModel vm) {
        if (bound != null) {
            noteField.textProperty().unbindBidirectional(bound.noteProperty());
            bound.statusProperty().removeListener(statusListener);
            bound.dirtyProperty().removeListener(dirtyListener);
            saveButton.disableProperty().unbind();
            revertButton.disableProperty().unbind();
            noteField.editableProperty().unbind();
            bookButton.disableProperty().unbind();
        }
        bound = vm;
        Nodes.setShown(emptyLabel, vm == null);
        Nodes.setShown(editor, vm != null);
        if (vm == null) {
            clientList.setItems(FXCollections.observableArrayList());
            return;
        }
        titleLabel.setText(vm.title());
        clientsHeader.textProperty().bind(Bindings.createStringBinding(() -> Texts.format(
                resources.getString("record.clients.count"), resources.getLocale(), vm.picks().size()), vm.picks()));
        noteField.textProperty().bindBidirectional(vm.noteProperty());
        clientList.setItems(vm.picks());
        saveButton.disableProperty().bind(vm.canSaveProperty().not());
        revertButton.disableProperty().bind(vm.dirtyProperty().not().or(vm.savingProperty()));
        noteField.editableProperty().bind(vm.goneProperty().not());
        bookButton.disableProperty().bind(vm.goneProperty());
        Nodes.setShown(unsavedLabel, vm.dirtyProperty().get());
        vm.dirtyProperty().addListener(dirtyListener);
        status.show(vm.statusProperty().get());
        vm.statusProperty().addListener(statusListener);
    }


    private void remove(Client party) {
        if (bound != null && party != null) {
            bound.remove(party);
        }
    }

    public void save() {
        if (bound != null) {
            search.afterWaitingEnter(bound::save); // an Enter typed just before adds its client first
        }
    }

    public void focusSearch() {
        if (bound != null) {
            searchField.requestFocus();
            searchField.selectAll(); // also when it had the focus: the next words are a new search
        }
    }

    @FXML
    private void saveClicked() {
        save();
        // Save turns off while it runs: its focus would fall to the next button. The clients, not the
        // search field, take it: there Ctrl+Z undoes the save, not the typing of the last search.
        clientList.requestFocus();
    }

    @FXML
    private void retrySearch() {
        search.retry();
        searchField.requestFocus();
    }

    /** Ctrl+Z outside a field with typing to undo: undoes the last save or conflict choice. */
    public void undo() {
        if (bound != null) {
            bound.undo();
        }
    }

    @FXML
    private void revert() {
        if (bound != null) {
            bound.revert();
            searchField.requestFocus(); // Revert turns off after it: its focus must not fall to Delete
        }
    }

    /** Book… asks the window to open the booking panel (it holds the panel). */
    public void onBook(Runnable openBooking) {
        this.openBooking = openBooking;
    }

    @FXML
    private void book() {
        openBooking.run();
    }

    @FXML
    private void newContact() {
        search.addNewContact();
        searchField.requestFocus();
    }

    @FXML
    private void delete() {
        main.deleteCurrent();
    }
}
