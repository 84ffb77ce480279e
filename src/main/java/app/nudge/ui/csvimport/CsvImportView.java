package app.nudge.ui.csvimport;

import app.nudge.i18n.Texts;
import app.nudge.interop.csv.BadRow;
import app.nudge.interop.csv.CsvField;
import app.nudge.interop.csv.ImportedRow;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The import dialog's content, bound to its view model: file chooser button, the recognised
 * layout, one combo box per field (the mapping), the first rows as they will be imported, the bad
 * rows with their reasons, and Import, disabled while any row is bad. Built in code rather than
 * FXML because every part of it is generated from the fields and the preview.
 */
public final class CsvImportView {

    private CsvImportView() {
    }

    /**
     * @param chooseFile asks the user for a file (empty: they cancelled)
     * @param close      closes the dialog
     */
    public static Parent build(CsvImportViewModel model, Supplier<Optional<Path>> chooseFile, Runnable close) {
        Button choose = new Button(Texts.t("csvimport.choose"));
        choose.setId("csv-choose");
        choose.setOnAction(e -> chooseFile.get().ifPresent(model::open));
        Label fileName = new Label();
        fileName.setId("csv-file");
        fileName.textProperty().bind(model.fileProperty().map(p -> p.getFileName().toString()).orElse(Texts.t("csvimport.noFile")));
        Label layout = new Label();
        layout.setId("csv-layout");
        layout.textProperty().bind(model.layoutProperty());
        HBox top = new HBox(10, choose, fileName, layout);

        Label error = new Label();
        error.setId("csv-error");
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Label summary = new Label();
        summary.setId("csv-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());

        ListView<BadRow> bad = new ListView<>(model.badRows());
        bad.setId("csv-bad-rows");
        bad.setPrefHeight(90);
        bad.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.badRows()));
        bad.managedProperty().bind(bad.visibleProperty());

        Button importButton = new Button(Texts.t("csvimport.import"));
        importButton.setId("csv-import");
        // Not a default button: Enter confirms a column choice in the mapping and must never import.
        // Import asks before it stores anything.
        importButton.disableProperty().bind(model.canImportProperty().not());
        importButton.setOnAction(e -> model.importAll());
        Button closeButton = new Button(Texts.t("common.close"));
        closeButton.setId("csv-close");
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, spacer, closeButton, importButton);

        TableView<ImportedRow> table = previewTable(model);
        VBox root = new VBox(10, top, error, new Label(Texts.t("csvimport.columns")), mappingGrid(model),
                new Label(Texts.t("csvimport.preview")), table, summary, bad, buttons);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(14));
        root.getStyleClass().add("csv-import");
        return root;
    }

    private static GridPane mappingGrid(CsvImportViewModel model) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int i = 0;
        for (CsvField field : CsvField.values()) {
            ComboBox<String> column = new ComboBox<>(model.columns());
            column.setId("csv-map-" + field.key());
            column.valueProperty().bindBidirectional(model.mapping(field));
            column.setPrefWidth(200);
            Label label = new Label(fieldName(field) + (field.required() ? " *" : ""));
            label.setLabelFor(column);
            grid.add(label, (i % 2) * 2, i / 2);
            grid.add(column, (i % 2) * 2 + 1, i / 2);
            i++;
        }
        return grid;
    }

    /** "company" in English (the name a mapping file uses too), "Firma" in German. */
    static String fieldName(CsvField field) {
        return switch (field) {
            case COMPANY -> Texts.t("csvimport.field.company");
            case ROLE -> Texts.t("csvimport.field.role");
            case STATUS -> Texts.t("csvimport.field.status");
            case DATE -> Texts.t("csvimport.field.date");
            case CONTACT -> Texts.t("csvimport.field.contact");
            case EMAIL -> Texts.t("csvimport.field.email");
            case NOTES -> Texts.t("csvimport.field.notes");
            case URL -> Texts.t("csvimport.field.url");
        };
    }

    private static TableView<ImportedRow> previewTable(CsvImportViewModel model) {
        TableView<ImportedRow> table = new TableView<>(model.rows());
        table.setId("csv-preview");
        table.setPlaceholder(new Label(Texts.t("csvimport.noRows")));
        Texts texts = Texts.current();
        table.getColumns().add(column(texts.get("csvimport.column.row"), 45, r -> texts.number(r.row())));
        table.getColumns().add(column(texts.get("csvimport.column.company"), 130, r -> r.application().company()));
        table.getColumns().add(column(texts.get("csvimport.column.role"), 150, r -> r.application().role()));
        table.getColumns().add(column(texts.get("csvimport.column.sheetStatus"), 110, ImportedRow::status));
        table.getColumns().add(column(texts.get("csvimport.column.applied"), 95, r -> r.application().appliedOn() == null ? ""
                : texts.date("format.dateYear", r.application().appliedOn())));
        table.getColumns().add(column(texts.get("csvimport.column.becomes"), 130, ImportedRow::outcome));
        table.getColumns().add(column(texts.get("csvimport.column.stored"), 70,
                r -> texts.get(r.updatesStored() ? "csvimport.stored.already" : "csvimport.stored.new")));
        // Columns share the width, so none is cut to "Rejec…" while others have room.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(220);
        return table;
    }

    private static TableColumn<ImportedRow, String> column(String title, double width, Function<ImportedRow, String> value) {
        TableColumn<ImportedRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 70));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
