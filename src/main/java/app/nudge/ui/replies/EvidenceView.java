package app.nudge.ui.replies;

import app.nudge.replies.Reading;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A message's text with the reader's evidence highlighted in place: the text as {@link Text}
 * pieces in a {@link TextFlow} (highlighted ones bold, style class {@code evidence}), and behind
 * each highlighted piece a shape of the theme's highlight colour (style class {@code evidence-mark})
 * that follows the text as it wraps.
 */
public final class EvidenceView extends StackPane {

    private final Pane marks = new Pane();
    private final Flow flow = new Flow();
    private final List<EvidenceMarks.Piece> highlighted = new ArrayList<>();

    public EvidenceView() {
        getStyleClass().add("evidence-view");
        setAlignment(Pos.TOP_LEFT);
        marks.setMouseTransparent(true);
        marks.setManaged(true);
        getChildren().addAll(marks, flow);
    }

    /** Shows {@code text} with the reading's evidence highlighted. */
    public void show(String text, Reading reading) {
        flow.getChildren().clear();
        highlighted.clear();
        for (EvidenceMarks.Piece piece : EvidenceMarks.pieces(text, reading)) {
            Text node = new Text(piece.text());
            node.getStyleClass().add("message-text");
            if (piece.highlighted()) {
                node.getStyleClass().add("evidence");
                node.getProperties().put("evidence", piece.role());
                highlighted.add(piece);
            }
            flow.getChildren().add(node);
        }
        flow.setAccessibleText(text);
        flow.requestLayout();
    }

    /** The highlighted texts, in order (for tests and screen readers). */
    public List<Text> highlightedTexts() {
        return flow.getChildren().stream().filter(n -> n.getStyleClass().contains("evidence")).map(n -> (Text) n).toList();
    }

    public TextFlow flow() {
        return flow;
    }

    private void drawMarks() {
        List<Path> paths = new ArrayList<>();
        for (EvidenceMarks.Piece piece : highlighted) {
            Path path = new Path(flow.rangeShape(piece.start(), piece.end()));
            path.getStyleClass().add("evidence-mark");
            // The layer and the flow share their origin (both placed top-left): no offset to add.
            paths.add(path);
        }
        marks.getChildren().setAll(paths);
    }

    /** A text flow that redraws the marks after each layout, when the pieces have their places. */
    private final class Flow extends TextFlow {
        Flow() {
            getStyleClass().add("message-flow");
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            drawMarks();
        }
    }
}
