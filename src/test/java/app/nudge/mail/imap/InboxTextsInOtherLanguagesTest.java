package app.nudge.mail.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.nudge.common.ErrorMessages;
import app.nudge.domain.Language;
import app.nudge.i18n.Texts;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the inbox says when it fails, in the user's language, through the one line the user sees. */
class InboxTextsInOtherLanguagesTest {

    private static final InboxAddress ADDRESS = new InboxAddress(true, "jane", "imap.example.com", 993, "Jobs");

    @AfterEach
    void backToEnglish() {
        Texts.use(Language.EN);
    }

    @Test
    void failuresReadInGerman() {
        Texts.use(Language.DE);
        InboxProblem bad = catchThrowableOfType(() -> InboxAddress.parse("imap://jane@mail.example.com/INBOX"),
                InboxProblem.class);
        assertThat(ErrorMessages.of(bad)).isEqualTo("Die Postfachadresse 'imap://jane@mail.example.com/INBOX' kann nicht"
                + " verwendet werden: einfaches imap:// sendet das Passwort unverschlüsselt und ist daher nur zu"
                + " localhost erlaubt; verwenden Sie imaps://");
        assertThat(ErrorMessages.of(InboxFailures.noFolder(ADDRESS)))
                .isEqualTo("Den Ordner 'Jobs' gibt es bei imap.example.com für jane nicht");
        InboxProblem noFile = catchThrowableOfType(() -> ExtraTrust.socketFactory(Path.of("/no/such/ca.pem")),
                InboxProblem.class);
        assertThat(ErrorMessages.of(noFile)).isEqualTo("--cafile: " + Path.of("/no/such/ca.pem") + ": diese Datei gibt es nicht");
    }

    @Test
    void failuresReadInSpanish() {
        Texts.use(Language.ES);
        InboxProblem unreachable = InboxFailures.whileConnecting(
                new jakarta.mail.MessagingException("x", new java.net.UnknownHostException("imap.example.com")), ADDRESS);
        assertThat(unreachable.kind()).isEqualTo(InboxProblem.Kind.UNREACHABLE);
        assertThat(ErrorMessages.of(unreachable)).isEqualTo("No se puede contactar con el servidor de correo"
                + " imap.example.com:993 para imaps://jane@imap.example.com/Jobs: ese host no existe");
        assertThat(ErrorMessages.of(InboxFailures.whileReading(new jakarta.mail.MessagingException("x"), ADDRESS)))
                .isEqualTo("Se perdió la conexión con imap.example.com mientras se leía Jobs; no se tomó nada de esta"
                        + " comprobación");
    }
}
