package app.nudge.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CausesTest {

    @Test
    void findsTheFirstCauseOfAKindDeepInTheChain() {
        SQLException sql = new SQLException("refused", "08004");
        RuntimeException outer = new RuntimeException(new IllegalStateException(sql));
        assertEquals(Optional.of(sql), Causes.find(outer, SQLException.class));
        assertTrue(Causes.has(outer, SQLException.class));
        assertFalse(Causes.has(outer, IOException.class));
        assertFalse(Causes.has(null, IOException.class));
    }

    @Test
    @Timeout(5)
    void aChainThatLoopsEndsInsteadOfSpinning() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b); // a -> b -> a
        assertFalse(Causes.has(a, IOException.class));
        assertTrue(Causes.anyMatch(a, t -> "b".equals(t.getMessage())));
    }

    @Test
    void wipeBlanksEveryCharacterAndToleratesNull() {
        char[] password = "secret".toCharArray();
        Passwords.wipe(password);
        assertEquals("\0\0\0\0\0\0", new String(password));
        Passwords.wipe(null);
    }
}
