package dev.waitlistdesk.desk.list;

import dev.waitlistdesk.desk.booking.BookingPanelController;
import dev.waitlistdesk.desk.common.ClearButton;
import dev.waitlistdesk.desk.common.LocalDates;
import dev.waitlistdesk.desk.common.Nodes;
import dev.waitlistdesk.desk.common.StatusView;
import dev.waitlistdesk.desk.editor.RecordViewController;

import dev.waitlistdesk.desk.list.MainViewModel;
import dev.waitlistdesk.desk.editor.RecordViewModel;
import dev.waitlistdesk.desk.common.WaitlistRow;
import dev.waitlistdesk.port.TypedText;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import org.controlsfx.control.textfield.CustomTextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.InputEvent;
import javafx.scene.Scene;
import javafx.event.EventHandler;
import javafx.beans.value.ChangeListener;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/** The main window: binds the waitlist, its filters and the banner; keyboard shortcuts. */
public final class MainViewController {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FILTER = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination BOOK = new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FILL = new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REFRESH = new KeyCodeCombination(KeyCode.F5);
    private static final KeyCombination DELETE = new KeyCodeCombination(KeyCode.DELETE,
            KeyCombination.SHORTCUT_DOWN);

    private final MainViewModel vm;

    @FXML private BorderPane root;
    @FXML private HBox banner;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private Label fromLabel;
    @FXML private Label toLabel;
    @FXML private CustomTextField quickFilter;
    @FXML private TableView<WaitlistRow> table;
    @FXML private TableColumn<WaitlistRow, Long> idColumn;
    @FXML private TableColumn<WaitlistRow, String> noteColumn;
    @FXML private TableColumn<WaitlistRow, String> clientsColumn;
    @FXML private TableColumn<WaitlistRow, String> waitingColumn;
    @FXML private javafx.scene.control.CheckBox oldestFirst;
    @FXML private StatusView status;
    @FXML private Label freshness;
    @FXML private RecordViewController recordController;
    @FXML private Label tablePlaceholder;
    @FXML private BookingPanelController bookingController;
    @FXML private javafx.scene.Node record;
    @FXML private ResourceBundle resources;
    /** While a record is being created: what is typed is played on it once it opens. */
    private final TypedWhileCreating typedWhileCreating = new TypedWhileCreating();
    /** The quick filter's text when Enter was pressed before the list was in; null when none waits. */
    private String enterOnceLoaded;

    public MainViewController(MainViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        Nodes.setShown(banner, vm.practicePortalProperty().get());
        LocalDates dates = new LocalDates(resources.getString("list.date.letters"));
        for (DatePicker picker : new DatePicker[] {fromPicker, toPicker}) {
            picker.setConverter(dates.converter(typed -> vm.notADate(typed, dates.prompt())));
            picker.setPromptText(dates.prompt());
        }
        fromLabel.setLabelFor(fromPicker);
        toLabel.setLabelFor(toPicker);
        fromPicker.valueProperty().bindBidirectional(vm.createdFromProperty());
        toPicker.valueProperty().bindBidirectional(vm.createdToProperty());
        quickFilter.textProperty().bindBidirectional(vm.quickFilterProperty());
        ClearButton.attach(quickFilter, resources.getString("field.clear"));

        idColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().id()));
        noteColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().note()));
        clientsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().clientNames()));
        // follows each set of days placed (once a set, not once a day); "today" is the computer's day
        waitingColumn.setCellValueFactory(c -> javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.waitingSince(c.getValue(), java.time.LocalDate.now()), vm.records().daysPlacedProperty()));
        oldestFirst.selectedProperty().bindBidirectional(vm.oldestFirstProperty());
        noteColumn.setCellFactory(column -> new TextCell());
        clientsColumn.setCellFactory(column -> new TextCell());
        tablePlaceholder.textProperty().bind(vm.emptyListTextProperty());
        quickFilter.addEventFilter(KeyEvent.KEY_PRESSED, this::filterKey);
        vm.loadingProperty().addListener((o, was, now) -> {
            if (!now) {
                listLoaded();
            }
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setItems(vm.rows());
        table.setRowFactory(t -> new WaitlistTableRow(resources));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null) {
                vm.open(row);
            }
        });
        freshness.textProperty().bind(vm.freshnessProperty());
        table.skinProperty().addListener((o, old, skin) -> {
            if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                flow.positionProperty().addListener((p, before, now) -> tellShownRows(flow));
                flow.heightProperty().addListener((p, before, now) -> tellShownRows(flow));
            }
        });
        // After a reload the rows are new objects: keep the open record selected.
        vm.rows().addListener((ListChangeListener<WaitlistRow>) change -> selectCurrent());
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                // The first keystroke filters the list, not a button of the banner.
                Platform.runLater(quickFilter::requestFocus);
                keepFilterFocusedUntilUsed(scene);
            }
        });
        vm.currentProperty().addListener((o, old, now) -> {
            selectCurrent();
            if (now == null && old != null && !bookingController.openProperty().get()) {
                table.requestFocus(); // the record closed (deleted): the next keystroke belongs to the list
            } else if (now != null && typedWhileCreating.holding()) {
                typedWhileCreating.opened(recordController::focusSearch); // a new record: its clients come next
            }
        });
        vm.creatingProperty().addListener((o, was, now) -> {
            if (!now) {
                typedWhileCreating.ended();
            }
        });

        status.focusAfterAction(table);
        status.show(vm.listStatusProperty().get());
        vm.listStatusProperty().addListener((o, old, now) -> status.show(now));

        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> vm.inUse());
        recordController.onBook(bookingController::open);
        bookingController.onClosed(recordController::focusSearch);
        // the panel takes the record's place: hidden, the record's buttons and mnemonics stay out of reach
        record.visibleProperty().bind(bookingController.openProperty().not());
    }

    /** Tells the view model which rows are on screen, so the live refresh reads those. */
    private void tellShownRows(VirtualFlow<?> flow) {
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (first == null || last == null) {
            return;
        }
        List<WaitlistRow> items = table.getItems();
        List<Long> ids = new ArrayList<>();
        for (int i = Math.max(0, first.getIndex()); i <= last.getIndex() && i < items.size(); i++) {
            ids.add(items.get(i).id());
        }
        vm.showing(ids);
    }

    private void selectCurrent() {
        RecordViewModel current = vm.currentProperty().get();
        WaitlistRow selected = table.getSelectionModel().getSelectedItem();
        if (current == null) {
            table.getSelectionModel().clearSelection();
        } else if (selected == null || selected.id() != current.id()) {
            vm.rows().stream().filter(r -> r.id() == current.id()).findFirst()
                    .ifPresentOrElse(table.getSelectionModel()::select, table.getSelectionModel()::clearSelection);
        }
    }

    /**
     * In the quick filter, ↓ moves into the list and Enter opens the record with the typed id, else the
     * first match. While the list is still coming in and holds no record with that id yet, Enter waits
     * for it: "28" Enter typed as the window opens must open #28, not a record with 28 in a phone.
     */
    private void filterKey(KeyEvent event) {
        if (event.getCode() != KeyCode.DOWN && event.getCode() != KeyCode.ENTER) {
            return;
        }
        event.consume();
        if (event.getCode() == KeyCode.ENTER && vm.loadingProperty().get() && idRow() < 0) {
            enterOnceLoaded = quickFilter.getText();
            return;
        }
        enterOnceLoaded = null;
        if (event.getCode() == KeyCode.ENTER) {
            openTypedId();
        } else if (!vm.rows().isEmpty()) {
            if (table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().select(Math.max(0, idRow()));
            }
            table.requestFocus();
        }
    }

    /** An Enter that waited for the list, carried out once it is in if the filter is as it was. */
    private void listLoaded() {
        String waited = enterOnceLoaded;
        enterOnceLoaded = null;
        if (waited != null && waited.equals(quickFilter.getText()) && quickFilter.isFocused()) {
            openTypedId();
        }
    }

    /** Opens the record with the typed id, else the first match, ready for its clients. */
    private void openTypedId() {
        if (!vm.rows().isEmpty()) {
            table.getSelectionModel().select(Math.max(0, idRow()));
            recordController.focusSearch();
        }
    }

    /** The row whose id the filter names ("22" or "№ 22" is #22, not a record with 22 in a phone), or -1. */
    private int idRow() {
        String typed = TypedText.recordId(quickFilter.getText());
        for (int i = 0; i < vm.rows().size(); i++) {
            if (String.valueOf(vm.rows().get(i).id()).equals(typed)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Until the receptionist presses a key or the mouse, the quick filter keeps the focus: the scene
     * may pick its own first control after the request made as it arrived (under openbox, in Russian,
     * it picked "Connect your Bitrix24…", and typing went nowhere).
     */
    private void keepFilterFocusedUntilUsed(Scene scene) {
        ChangeListener<Node> keep = (o, before, owner) -> {
            if (owner != null && !(owner instanceof TextInputControl)) {
                Platform.runLater(quickFilter::requestFocus);
            }
        };
        scene.focusOwnerProperty().addListener(keep);
        EventHandler<InputEvent> used = new EventHandler<>() {
            @Override
            public void handle(InputEvent event) {
                scene.focusOwnerProperty().removeListener(keep);
                scene.removeEventFilter(KeyEvent.KEY_PRESSED, this);
                scene.removeEventFilter(MouseEvent.MOUSE_PRESSED, this);
            }
        };
        scene.addEventFilter(KeyEvent.KEY_PRESSED, used);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, used);
    }

    private void shortcut(KeyEvent event) {
        vm.inUse();
        if (SAVE.match(event)) {
            recordController.save();
        } else if (NEW.match(event)) {
            createRecord();
        } else if (REFRESH.match(event)) {
            vm.refresh();
        } else if (FIND.match(event)) {
            recordController.focusSearch();
        } else if (FILTER.match(event)) {
            quickFilter.requestFocus();
            quickFilter.selectAll(); // also when it had the focus: the next words replace the old filter
        } else if (BOOK.match(event)) {
            bookingController.open();
        } else if (FILL.match(event)) {
            fillFreeTime();
        } else if (DELETE.match(event)) {
            vm.deleteCurrent();
        } else if (UNDO.match(event) && !undoneElsewhere()) {
            recordController.undo();
        } else {
            return;
        }
        event.consume();
    }

    /**
     * Ctrl+Z belongs to a text field while it has typing to undo, and to the booking panel while it can
     * undo a booking; anywhere else it undoes the last save (or conflict choice).
     */
    private boolean undoneElsewhere() {
        Node focused = root.getScene().getFocusOwner();
        return focused instanceof TextInputControl field && field.isUndoable() || bookingController.takesUndo();
    }

    @FXML
    private void createRecord() {
        vm.createRecord();
        if (vm.creatingProperty().get()) {
            typedWhileCreating.start(root.getScene());
        }
    }

    /** A client cancelled: the booking panel opens on no record, to pick the freed time, then who gets it. */
    @FXML
    private void fillFreeTime() {
        bookingController.openToFill();
    }

    @FXML
    private void refresh() {
        vm.refresh();
    }

    @FXML
    private void openSettings() {
        vm.openSettings();
    }
}
