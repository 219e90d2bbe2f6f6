package dev.waitlistdesk.desk.deals;

import dev.waitlistdesk.desk.common.ListFocus;
import dev.waitlistdesk.desk.common.Tooltips;
import dev.waitlistdesk.desk.common.ClearButton;
import dev.waitlistdesk.desk.common.Nodes;
import dev.waitlistdesk.desk.common.StatusView;

import dev.waitlistdesk.port.DealInfo;
import dev.waitlistdesk.desk.deals.DealsViewModel;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.CustomTextField;

/** The deals section of the open record: binds the view model; Enter links the highlighted result. */
public final class DealsController {

    private final DealsViewModel vm;

    @FXML private Label titleLabel;
    @FXML private Label searchLabel;
    @FXML private CustomTextField searchField;
    @FXML private ListView<DealInfo> resultList;
    @FXML private ListView<DealInfo> dealList;
    @FXML private StatusView status;
    @FXML private ResourceBundle resources;

    public DealsController(DealsViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        searchLabel.setLabelFor(searchField);
        titleLabel.setLabelFor(dealList);
        searchField.textProperty().bindBidirectional(vm.queryProperty());
        ClearButton.attach(searchField, resources.getString("field.clear"));
        searchField.disableProperty().bind(vm.savingProperty());
        resultList.setItems(vm.results());
        resultList.setCellFactory(list -> new DealCell(false));
        resultList.visibleProperty().bind(Bindings.isNotEmpty(vm.results()));
        resultList.managedProperty().bind(resultList.visibleProperty());
        vm.results().addListener((javafx.collections.ListChangeListener<DealInfo>) c -> {
            if (!vm.results().isEmpty()) {
                resultList.getSelectionModel().select(0);
            }
        });
        resultList.setOnMouseClicked(e -> {
            DealInfo clicked = resultList.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && clicked != null) {
                vm.link(clicked);
            }
        });
        searchField.addEventFilter(KeyEvent.KEY_PRESSED, this::searchKey);
        dealList.setItems(vm.linked());
        dealList.setCellFactory(list -> new DealCell(true));
        ListFocus.choosesARow(dealList);
        dealList.setOnKeyPressed(e -> {
            DealInfo selected = dealList.getSelectionModel().getSelectedItem();
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && selected != null) {
                vm.unlink(selected);
                e.consume();
            }
        });
        status.focusAfterAction(searchField);
        vm.statusProperty().addListener((o, old, now) -> status.show(now));
    }

    private void searchKey(KeyEvent e) {
        int index = resultList.getSelectionModel().getSelectedIndex();
        switch (e.getCode()) {
            case DOWN -> resultList.getSelectionModel().select(Math.min(index + 1, vm.results().size() - 1));
            case UP -> resultList.getSelectionModel().select(Math.max(index - 1, 0));
            case ENTER -> {
                DealInfo highlighted = resultList.getSelectionModel().getSelectedItem();
                if (highlighted == null) {
                    return;
                }
                vm.link(highlighted);
            }
            case ESCAPE -> {
                if (vm.queryProperty().get().isEmpty()) {
                    return;
                }
                vm.queryProperty().set("");
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** A deal: title, stage; on the record also "Open in Bitrix24" (where there is a URL) and ✕. */
    private final class DealCell extends ListCell<DealInfo> {

        private final Label title = new Label();
        private final Label stage = new Label();
        private final Hyperlink open = new Hyperlink();
        private final Button unlink = new Button("✕");
        private final HBox row;

        DealCell(boolean linked) {
            title.getStyleClass().add("client-name");
            stage.getStyleClass().add("client-details");
            unlink.getStyleClass().add("remove-button");
            unlink.setFocusTraversable(false); // the keyboard unlinks with Delete on the list
            unlink.setOnAction(e -> vm.unlink(getItem()));
            open.setText(resources.getString("deals.open"));
            open.setFocusTraversable(false);
            open.setOnAction(e -> vm.openInBrowser(getItem()));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            row = linked ? new HBox(10, new VBox(2, title, stage), spacer, open, unlink)
                    : new HBox(10, new VBox(2, title, stage));
            row.setAlignment(Pos.CENTER_LEFT);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(DealInfo deal, boolean empty) {
            super.updateItem(deal, empty);
            if (empty || deal == null) {
                setGraphic(null);
                return;
            }
            String name = deal.title().isEmpty()
                    ? MessageFormat.format(resources.getString("deals.number"), deal.id()) : deal.title();
            title.setText(name);
            stage.setText(vm.describe(deal));
            Nodes.setShown(open, vm.url(deal).isPresent());
            unlink.setId("unlink-" + deal.id());
            String unlinkText = MessageFormat.format(resources.getString("deals.unlink"), name);
            Tooltips.set(unlink, unlinkText);
            unlink.setAccessibleText(unlinkText);
            setGraphic(row);
        }
    }
}
