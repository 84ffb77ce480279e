package app.nudge.ui.replies;

import app.nudge.ui.common.TabMovesFocus;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;

/** The paste dialog: a text area (Tab moves on, as in every form), OK reads it, Cancel or Esc closes. */
public final class PasteReplyController {

    private final PasteReplyViewModel viewModel;
    private final Consumer<String> onOk;
    private final Runnable onCancel;

    @FXML
    private TextArea replyText;
    @FXML
    private Button ok;
    @FXML
    private Button cancel;

    public PasteReplyController(PasteReplyViewModel viewModel, Consumer<String> onOk, Runnable onCancel) {
        this.viewModel = viewModel;
        this.onOk = onOk;
        this.onCancel = onCancel;
    }

    @FXML
    private void initialize() {
        TabMovesFocus.install(replyText);
        replyText.textProperty().bindBidirectional(viewModel.textProperty());
        ok.disableProperty().bind(viewModel.emptyProperty());
        ok.setOnAction(e -> onOk.accept(viewModel.textProperty().get()));
        cancel.setOnAction(e -> onCancel.run());
    }

    public void focusText() {
        replyText.requestFocus();
    }

    /** Focuses "Read it" (copied text offered at opening): Enter reads it. */
    public void focusOk() {
        ok.requestFocus();
    }
}
