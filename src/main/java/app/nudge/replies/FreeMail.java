package app.nudge.replies;

import java.util.Set;

/**
 * Mail providers anyone can sign up with: two contacts at gmail.com say nothing about being the
 * same employer, so the domain rule never uses these (subdomains included).
 */
final class FreeMail {

    private static final Set<String> DOMAINS = Set.of(
            "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com",
            "ymail.com", "rocketmail.com", "icloud.com", "me.com", "mac.com", "aol.com", "proton.me", "protonmail.com",
            "protonmail.ch", "pm.me", "gmx.de", "gmx.net", "gmx.com", "gmx.at", "gmx.ch", "web.de", "mail.com",
            "zoho.com", "yandex.ru", "yandex.com", "mail.ru", "fastmail.com", "fastmail.fm", "hey.com", "tutanota.com",
            "tuta.io", "t-online.de", "freenet.de", "orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "libero.it",
            "qq.com", "163.com", "126.com", "naver.com", "rediffmail.com", "comcast.net", "verizon.net", "att.net",
            "btinternet.com", "sky.com", "mailbox.org", "posteo.de", "seznam.cz", "wp.pl", "o2.pl", "interia.pl");
    /** Country variants of the big providers: hotmail.co.uk, yahoo.fr, outlook.de, live.ca ... */
    private static final Set<String> FAMILIES = Set.of("hotmail", "yahoo", "outlook", "live", "gmx", "aol", "windowslive");

    private FreeMail() {
    }

    static boolean isFreeMail(String domain) {
        for (String d = domain; !d.isEmpty(); d = parent(d)) {
            if (DOMAINS.contains(d)) {
                return true;
            }
        }
        int dot = domain.indexOf('.');
        return dot > 0 && FAMILIES.contains(domain.substring(0, dot)) && domain.length() - dot <= 7;
    }

    private static String parent(String domain) {
        int dot = domain.indexOf('.');
        return dot < 0 ? "" : domain.substring(dot + 1);
    }
}
