package app.nudge.mail.imap;

import app.nudge.i18n.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * TLS that trusts what the system trusts AND the certificates of one PEM file ({@code --cafile}),
 * for a self-hosted server with its own certificate. Only the trust is widened: the host name is
 * still checked against the certificate (mail.imaps.ssl.checkserveridentity).
 */
final class ExtraTrust {

    private ExtraTrust() {
    }

    /** A socket factory trusting the system's store plus every certificate in {@code pem}. */
    static SSLSocketFactory socketFactory(Path pem) {
        List<X509Certificate> extra = read(pem);
        try {
            X509TrustManager system = trustManager(null);
            KeyStore own = KeyStore.getInstance(KeyStore.getDefaultType());
            own.load(null, null);
            for (int i = 0; i < extra.size(); i++) {
                own.setCertificateEntry("cafile-" + i, extra.get(i));
            }
            X509TrustManager fromFile = trustManager(own);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[]{new EitherTrust(system, fromFile)}, null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException | IOException e) {
            throw new InboxProblem(InboxProblem.Kind.UNTRUSTED, Texts.t("inbox.cafile.unusable", "file", pem), e);
        }
    }

    private static List<X509Certificate> read(Path pem) {
        if (!Files.isRegularFile(pem)) {
            throw new InboxProblem(InboxProblem.Kind.BAD_ADDRESS, Texts.t("inbox.cafile.noFile", "file", pem));
        }
        try (InputStream in = Files.newInputStream(pem)) {
            Collection<? extends java.security.cert.Certificate> read = CertificateFactory.getInstance("X.509")
                    .generateCertificates(in);
            List<X509Certificate> certificates = new ArrayList<>();
            for (java.security.cert.Certificate c : read) {
                certificates.add((X509Certificate) c);
            }
            if (certificates.isEmpty()) {
                throw new CertificateException("none");
            }
            return certificates;
        } catch (IOException | CertificateException e) {
            throw new InboxProblem(InboxProblem.Kind.BAD_ADDRESS, Texts.t("inbox.cafile.noCertificate", "file", pem), e);
        }
    }

    private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store); // null: the system's (JDK's) trust store
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager");
    }

    /** Trusts a server chain when either manager does: first the system's, then the file's. */
    private record EitherTrust(X509TrustManager first, X509TrustManager second) implements X509TrustManager {

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            first.checkClientTrusted(chain, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                first.checkServerTrusted(chain, authType);
            } catch (CertificateException notBySystem) {
                second.checkServerTrusted(chain, authType);
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            X509Certificate[] a = first.getAcceptedIssuers();
            X509Certificate[] b = second.getAcceptedIssuers();
            X509Certificate[] all = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }
}
