package dev.waitlistdesk.desk.booking;

import dev.waitlistdesk.desk.common.Tooltips;
import dev.waitlistdesk.desk.common.ClearButton;
import dev.waitlistdesk.desk.common.LocalDates;
import dev.waitlistdesk.desk.common.Nodes;
import dev.waitlistdesk.desk.common.StatusView;
import dev.waitlistdesk.desk.common.WaitlistRow;

import dev.waitlistdesk.port.BookableResource;
import dev.waitlistdesk.desk.booking.BookingPanelViewModel;
import dev.waitlistdesk.desk.booking.DayStrip;
import dev.waitlistdesk.desk.booking.StartTime;
import java.util.List;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;

/**
 * The booking panel: binds the view models and maps the keys (arrows, Enter books, Esc closes). To
 * fill a freed time, Enter on a time goes on to the waitlist below, and Enter on a record books it.
 */
public final class BookingPanelController {

    private static final javafx.scene.input.KeyCombination JUMP = new javafx.scene.input.KeyCodeCombination(
            KeyCode.J, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
    private static final javafx.scene.input.KeyCombination UNDO = new javafx.scene.input.KeyCodeCombination(
            KeyCode.Z, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    private final BookingPanelViewModel vm;
    private final FillFreedTimeViewModel fill;
    private Runnable onClosed = () -> { };

    @FXML private VBox root;
    @FXML private Label titleLabel;
    @FXML private Label resourcesLabel;
    @FXML private CustomTextField filterField;
    @FXML private ListView<BookableResource> resourceList;
    @FXML private Label dayLabel;
    @FXML private DatePicker dayPicker;
    @FXML private Label lengthLabel;
    @FXML private Spinner<Integer> lengthSpinner;
    @FXML private VBox strips;
    @FXML private Label startsLabel;
    @FXML private ListView<StartTime> startList;
    @FXML private Button nextFreeButton;
    @FXML private Label periodLabel;
    @FXML private StatusView status;
    @FXML private VBox noticeBox;
    @FXML private Label noticeText;
    @FXML private javafx.scene.layout.FlowPane contactLinks;
    @FXML private Button bookButton;
    @FXML private Label keysLabel;
    @FXML private VBox fillBox;
    @FXML private Label candidatesLabel;
    @FXML private CustomTextField candidateFilter;
    @FXML private ListView<WaitlistRow> candidateList;
    @FXML private ResourceBundle resources;

    public BookingPanelController(BookingPanelViewModel vm, FillFreedTimeViewModel fill) {
        this.vm = vm;
        this.fill = fill;
    }

    @FXML
    private void initialize() {
        resourcesLabel.setLabelFor(resourceList);
        dayLabel.setLabelFor(dayPicker);
        lengthLabel.setLabelFor(lengthSpinner);
        lengthSpinner.getEditor().setAccessibleText(lengthLabel.getText().replace("_", "")); // the field is what takes focus
        startsLabel.setLabelFor(startList);
        Nodes.setShown(root, false);
        vm.openProperty().addListener((o, old, open) -> Nodes.setShown(root, open));
        titleLabel.textProperty().bind(vm.titleProperty());
        periodLabel.textProperty().bind(vm.periodProperty());
        bookButton.disableProperty().bind(vm.canBookProperty().not());
        nextFreeButton.textProperty().bind(vm.nextFreeProperty());
        nextFreeButton.disableProperty().bind(vm.canJumpProperty().not());
        nextFreeButton.visibleProperty().bind(vm.nextFreeProperty().isNotEmpty());
        nextFreeButton.managedProperty().bind(nextFreeButton.visibleProperty());
        noticeText.textProperty().bind(vm.noticesProperty());
        noticeBox.visibleProperty().bind(vm.noticesProperty().isNotEmpty());
        noticeBox.managedProperty().bind(noticeBox.visibleProperty());
        vm.contactLinks().addListener((ListChangeListener<ContactLink>) c -> showLinks());

        filterField.textProperty().bindBidirectional(vm.filterProperty());
        ClearButton.attach(filterField, resources.getString("field.clear"));
        resourceList.setItems(vm.resources());
        resourceList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        resourceList.setCellFactory(list -> new ResourceCell());
        resourceList.getSelectionModel().getSelectedItems().addListener((ListChangeListener<BookableResource>) c ->
                vm.choose(List.copyOf(resourceList.getSelectionModel().getSelectedItems())));
        vm.resources().addListener((ListChangeListener<BookableResource>) c -> selectChosen());
        resourceList.addEventHandler(KeyEvent.KEY_TYPED, this::searchResources);

        // the day in the locale's format, as the list's date filters
        LocalDates dates = new LocalDates(resources.getString("list.date.letters"));
        dayPicker.setConverter(dates.converter(typed -> vm.notADate(typed, dates.prompt())));
        dayPicker.setPromptText(dates.prompt());
        dayPicker.valueProperty().bindBidirectional(vm.dayProperty());
        SpinnerValueFactory.IntegerSpinnerValueFactory lengths =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 24 * 60, vm.lengthMinutesProperty().get(), 15);
        lengthSpinner.setValueFactory(lengths);
        lengths.valueProperty().addListener((o, old, now) -> {
            if (now != null) {
                vm.lengthMinutesProperty().set(now);
            }
        });
        vm.lengthMinutesProperty().addListener((o, old, now) -> lengths.setValue(now.intValue()));

        vm.strips().addListener((ListChangeListener<DayStrip>) c -> showStrips());
        startList.setItems(vm.starts());
        startList.setCellFactory(list -> new StartCell());
        startList.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                vm.startProperty().set(now);
            }
        });
        vm.startProperty().addListener((o, old, now) -> selectStart());
        vm.starts().addListener((ListChangeListener<StartTime>) c -> selectStart());

        status.focusAfterAction(startList);
        vm.statusProperty().addListener((o, old, now) -> status.show(now));

        // coming back to the panel, from elsewhere in the window or from another window, may reload the day
        root.focusWithinProperty().addListener((o, old, now) -> {
            if (now) {
                vm.focused();
            }
        });
        root.sceneProperty().flatMap(scene -> scene.windowProperty()).flatMap(window -> window.focusedProperty())
                .addListener((o, was, focused) -> {
                    if (Boolean.TRUE.equals(focused) && root.isFocusWithin()) {
                        vm.focused();
                    }
                });
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        bindFill();
    }

    private void bindFill() {
        fillBox.visibleProperty().bind(vm.fillingProperty());
        fillBox.managedProperty().bind(vm.fillingProperty());
        keysLabel.textProperty().bind(javafx.beans.binding.Bindings.when(vm.fillingProperty())
                .then(resources.getString("booking.fill.keys")).otherwise(resources.getString("booking.keys")));
        candidatesLabel.setLabelFor(candidateList);
        candidateFilter.textProperty().bindBidirectional(fill.filterProperty());
        ClearButton.attach(candidateFilter, resources.getString("field.clear"));
        candidateList.setItems(fill.candidates());
        candidateList.setCellFactory(list -> new CandidateCell());
        // only the receptionist's own moves choose a record: a selection the list shifts by itself (a row
        // booked or refreshed away) is never taken for a choice
        candidateList.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode().isNavigationKey()) {
                fill.choose(candidateList.getSelectionModel().getSelectedItem());
            }
        });
        candidateList.setOnMouseClicked(e -> fill.choose(candidateList.getSelectionModel().getSelectedItem()));
        fill.chosenProperty().addListener((o, old, now) -> selectCandidate());
        fill.candidates().addListener((ListChangeListener<WaitlistRow>) c -> selectCandidate());
    }

    /** Ctrl+B: opens the panel for the open record and puts the focus on the resources. */
    public void open() {
        if (vm.open()) {
            selectChosen();
            resourceList.requestFocus();
        }
    }

    /** Ctrl+Shift+B: opens the panel to fill a freed time (no record yet) with the focus on the resources. */
    public void openToFill() {
        fill.open();
        selectChosen();
        resourceList.requestFocus();
    }

    /** Whether Ctrl+Z, pressed now, undoes this panel's booking (the focus is in the panel, and it can). */
    public boolean takesUndo() {
        return root.isFocusWithin() && vm.canUndoProperty().get();
    }

    public javafx.beans.property.ReadOnlyBooleanProperty openProperty() {
        return vm.openProperty();
    }

    /** Called after Esc or Close, so the window can put the focus back on the record. */
    public void onClosed(Runnable action) {
        onClosed = action;
    }

    @FXML
    private void close() {
        vm.close();
        onClosed.run();
    }

    @FXML
    private void jump() {
        vm.jumpToNextFree();
        startList.requestFocus();
    }

    @FXML
    private void book() {
        vm.book();
    }

    private void key(KeyEvent e) {
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (e.getCode() == KeyCode.ESCAPE) {
            close();
        } else if (JUMP.match(e)) {
            jump();
        } else if (UNDO.match(e) && vm.canUndoProperty().get()) {
            vm.undo(); // otherwise Ctrl+Z goes on to the window (undo the last save)
        } else if (e.getCode() == KeyCode.ENTER && vm.fillingProperty().get() && fillKey(focused)) {
            // filling a freed time: Enter went on to the waitlist, or booked the record it is on
        } else if (e.getCode() == KeyCode.ENTER && !within(focused, dayPicker) && !within(focused, lengthSpinner)) {
            vm.book(); // in the day and length fields Enter confirms what was typed
        } else if (e.getCode() == KeyCode.RIGHT && focused == resourceList) {
            startList.requestFocus();
        } else if (e.getCode() == KeyCode.LEFT && focused == startList) {
            resourceList.requestFocus();
        } else if (e.getCode() == KeyCode.DOWN && focused == filterField) {
            resourceList.requestFocus();
        } else if (e.getCode() == KeyCode.DOWN && within(focused, candidateFilter)) {
            toCandidates();
        } else {
            return;
        }
        e.consume();
    }

    /**
     * Enter while filling a freed time: in the waitlist's filter it picks the typed or first record; on
     * a time with no record chosen yet it goes on to the waitlist. Returns false where Enter books.
     */
    private boolean fillKey(Node focused) {
        if (within(focused, candidateFilter)) {
            toCandidates();
        } else if (focused == candidateList) {
            WaitlistRow on = candidateList.getSelectionModel().getSelectedItem();
            if (on != null) { // never a record the list shows no highlight on
                fill.choose(on);
                vm.book();
            }
        } else if (focused == startList && fill.chosenProperty().get() == null) {
            candidateFilter.requestFocus();
        } else {
            return false;
        }
        return true;
    }

    private void toCandidates() {
        if (fill.chosenProperty().get() == null) {
            fill.typedOrFirst().ifPresent(fill::choose);
        }
        candidateList.requestFocus();
    }

    /** The list shows the record the receptionist chose, or none. */
    private void selectCandidate() {
        WaitlistRow chosen = fill.chosenProperty().get();
        int index = chosen == null ? -1 : fill.candidates().indexOf(chosen);
        if (index < 0) {
            candidateList.getSelectionModel().clearSelection();
        } else if (candidateList.getSelectionModel().getSelectedIndex() != index) {
            candidateList.getSelectionModel().select(index);
            candidateList.scrollTo(index);
        }
    }

    private static boolean within(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    /**
     * A letter typed on the resources (where the focus is as the panel opens) starts a search for
     * them: "Olga" right after Ctrl+B went nowhere.
     */
    private void searchResources(KeyEvent e) {
        String typed = e.getCharacter();
        if (typed.isBlank() || Character.isISOControl(typed.charAt(0)) || e.isControlDown() || e.isAltDown()
                || e.isMetaDown()) {
            return;
        }
        e.consume();
        filterField.requestFocus(); // selects what the field holds, so the letter starts a new search
        filterField.replaceSelection(typed);
    }

    /** The list shows what the view model has chosen; with nothing chosen, the first resource. */
    private void selectChosen() {
        if (!resourceList.getSelectionModel().getSelectedItems().isEmpty() || vm.resources().isEmpty()) {
            return;
        }
        List<BookableResource> chosen = vm.chosen();
        if (chosen.isEmpty()) {
            resourceList.getSelectionModel().select(0);
        } else {
            chosen.forEach(resourceList.getSelectionModel()::select);
        }
        resourceList.getFocusModel().focus(resourceList.getSelectionModel().getSelectedIndex());
    }

    private void selectStart() {
        StartTime start = vm.startProperty().get();
        if (start == null) {
            startList.getSelectionModel().clearSelection();
        } else if (!start.equals(startList.getSelectionModel().getSelectedItem())) {
            startList.getSelectionModel().select(start);
            startList.scrollTo(start);
        }
    }

    private void showLinks() {
        contactLinks.getChildren().setAll(vm.contactLinks().stream().map(link -> {
            javafx.scene.control.Hyperlink hyperlink = new javafx.scene.control.Hyperlink(link.text());
            hyperlink.setMnemonicParsing(false);
            hyperlink.setOnAction(e -> vm.openLink(link));
            return hyperlink;
        }).toList());
    }

    private void showStrips() {
        strips.getChildren().clear();
        for (DayStrip strip : vm.strips()) {
            Label name = new Label(strip.name());
            name.setMinWidth(130);
            name.setPrefWidth(130);
            DayStripBar bar = new DayStripBar(strip);
            HBox.setHgrow(bar, Priority.ALWAYS);
            HBox row = new HBox(8, name, bar);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            Label free = new Label(strip.summary()); // the strip in words, also for screen readers
            free.getStyleClass().add("small-print");
            free.setWrapText(true);
            free.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps under a squeeze, never cut
            strips.getChildren().addAll(row, free);
        }
    }

    /** A waiting record on one line; a cut line ends in "…" and its tooltip shows all of it. */
    private final class CandidateCell extends ListCell<WaitlistRow> {

        CandidateCell() {
            setPrefWidth(0); // the list's width, not the text's: no sideways scrolling
        }

        @Override
        protected void updateItem(WaitlistRow row, boolean empty) {
            super.updateItem(row, empty);
            String text = empty || row == null ? null : fill.describe(row, java.time.LocalDate.now());
            setText(text);
            Tooltips.set(this, text);
        }
    }

    /** A resource, with its type as a heading above the first of each type. */
    private final class ResourceCell extends ListCell<BookableResource> {

        private final Label group = new Label();
        private final Label name = new Label();
        private final VBox box = new VBox(2, group, name);

        ResourceCell() {
            group.getStyleClass().add("resource-group");
            name.getStyleClass().add("resource-name");
        }

        @Override
        protected void updateItem(BookableResource resource, boolean empty) {
            super.updateItem(resource, empty);
            if (empty || resource == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            String heading = vm.groupOf(resource);
            group.setText(heading);
            Nodes.setShown(group, !heading.isEmpty());
            name.setText(resource.name());
            Tooltips.set(this, resource.description());
            setGraphic(box);
            setText(null);
        }
    }

    /** A free start time; a screen reader hears "09:30 free", not just the time. */
    private final class StartCell extends ListCell<StartTime> {

        @Override
        protected void updateItem(StartTime start, boolean empty) {
            super.updateItem(start, empty);
            setText(empty || start == null ? null : start.label());
            setAccessibleText(empty || start == null ? null
                    : java.text.MessageFormat.format(resources.getString("booking.start.free"), start.label()));
        }
    }
}
