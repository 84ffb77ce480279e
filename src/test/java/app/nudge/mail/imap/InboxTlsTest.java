package app.nudge.mail.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import jakarta.mail.Flags;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * IMAPS against GreenMail with a self-signed certificate: refused without {@code --cafile}, read
 * with it, and the host name still checked. GreenMail's bundled certificate names no host, so the
 * test gives GreenMail a self-signed one for "localhost" (made here with keytool) and exports it
 * from GreenMail's own key store as the PEM the user would pass.
 */
@Timeout(60)
class InboxTlsTest {

    @TempDir
    static Path folder;

    private static TestImapServer server;
    private static Path pem;

    @BeforeAll
    static void startWithOwnCertificate() throws Exception {
        Path keystore = folder.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY, keystore.toString());
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_PASSWORD_PROPERTY, "changeit");
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEY_PASSWORD_PROPERTY, "changeit");
        server = TestImapServer.tls();
        Instant now = Instant.now();
        server.put("Over TLS", "Read through a trusted certificate.", now, now, new Flags());

        KeyStore served = ((DummySSLServerSocketFactory) DummySSLServerSocketFactory.getDefault()).getKeyStore();
        Certificate certificate = served.getCertificate(Collections.list(served.aliases()).get(0));
        pem = folder.resolve("server.pem");
        Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        System.clearProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY);
        System.clearProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_PASSWORD_PROPERTY);
        System.clearProperty(DummySSLServerSocketFactory.GREENMAIL_KEY_PASSWORD_PROPERTY);
    }

    private static InboxReader reader(String host, Optional<Path> caFile) {
        return new InboxReader(server.address(host), caFile, MessageConverter.STANDARD, Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void withTheCertificateGivenItReads() {
        InboxReader.Found found = reader("localhost", Optional.of(pem)).readSince(TestImapServer.PASSWORD,
                LocalDate.now(ZoneOffset.UTC).minusDays(1), ZoneOffset.UTC);
        assertThat(found.messages()).extracting(m -> m.message().subject()).containsExactly("Over TLS");
    }

    @Test
    void withoutItTheCertificateIsNotTrustedAndCafileIsSuggested() {
        assertThatThrownBy(() -> reader("localhost", Optional.empty()).check(TestImapServer.PASSWORD))
                .isInstanceOfSatisfying(InboxProblem.class, p -> {
                    assertThat(p.kind()).isEqualTo(InboxProblem.Kind.UNTRUSTED);
                    assertThat(p.userMessage()).contains("is not trusted").contains("--cafile");
                });
    }

    @Test
    void aTrustedCertificateForAnotherNameIsStillRefused() {
        // The certificate names "localhost"; reached as 127.0.0.1 the host name check refuses it.
        assertThatThrownBy(() -> reader("127.0.0.1", Optional.of(pem)).check(TestImapServer.PASSWORD))
                .isInstanceOfSatisfying(InboxProblem.class, p -> assertThat(p.kind()).isEqualTo(InboxProblem.Kind.UNTRUSTED));
    }

    @Test
    void aCafileThatIsNotACertificateIsSaidSo() throws Exception {
        Path notPem = Files.writeString(folder.resolve("notes.txt"), "not a certificate");
        assertThatThrownBy(() -> reader("localhost", Optional.of(notPem)).check(TestImapServer.PASSWORD))
                .isInstanceOfSatisfying(InboxProblem.class, p ->
                        assertThat(p.userMessage()).startsWith("--cafile: " + notPem + " holds no certificate in PEM form"));
    }
}
