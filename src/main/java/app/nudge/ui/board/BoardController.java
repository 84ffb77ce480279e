package app.nudge.ui.board;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Binds the board view to its view model; no logic of its own. */
public final class BoardController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final BoardViewModel viewModel;

    @FXML
    private TableView<ApplicationRow> applications;
    @FXML
    private TableColumn<ApplicationRow, String> companyColumn;
    @FXML
    private TableColumn<ApplicationRow, String> roleColumn;
    @FXML
    private TableColumn<ApplicationRow, LocalDate> interviewColumn;
    @FXML
    private Label status;

    public BoardController(BoardViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        companyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().company()));
        roleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().role()));
        interviewColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().latestInterview()));
        interviewColumn.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty ? null : date == null ? "no interview yet" : DAY.format(date));
            }
        });
        applications.itemsProperty().bind(viewModel.rowsProperty());
        status.textProperty().bind(viewModel.statusProperty());
        viewModel.failedProperty().addListener((obs, was, now) -> status.getStyleClass().removeAll("error"));
        viewModel.failedProperty().addListener((obs, was, now) -> {
            if (now) {
                status.getStyleClass().add("error");
            }
        });
    }
}
