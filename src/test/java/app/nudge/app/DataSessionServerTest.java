package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.app.DatabaseProblemDialog.Choice;
import app.nudge.common.ErrorMessages;
import app.nudge.domain.Application;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.ServerAddress;
import app.nudge.store.StoreException;
import app.nudge.store.TestServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's store when it is a server: the single-instance lock is a file's only (two windows
 * may share one schema), a switch opens the new store before letting the old go, a password asked
 * at start is used once and wiped, and an unreachable server at start never holds up the caller.
 */
@Timeout(60)
class DataSessionServerTest {

    @TempDir
    Path folder;

    private final List<String> said = new CopyOnWriteArrayList<>();
    private final List<char[]> passwordsGiven = new ArrayList<>();
    private final List<Optional<char[]>> passwordAnswers = new ArrayList<>();
    /** Why each password question said it asks. */
    private final List<String> passwordWhys = new ArrayList<>();
    /** The answers to the problem dialog, in turn; Quit once none is left. */
    private final List<Choice> problemAnswers = new ArrayList<>();
    private final CompletableFuture<StoreException> problemAsked = new CompletableFuture<>();
    private final List<DataSession> sessions = new ArrayList<>();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    private final DataSession.Prompts prompts = new DataSession.Prompts() {
        @Override
        public Choice askProblem(StoreException problem, boolean backupExists) {
            said.add("asked: " + problem.kind());
            problemAsked.complete(problem);
            return problemAnswers.isEmpty() ? Choice.QUIT : problemAnswers.remove(0);
        }

        @Override
        public Optional<Path> chooseFile(Path from) {
            return Optional.empty();
        }

        @Override
        public Optional<char[]> askPassword(String server, String why) {
            said.add("password asked for " + server);
            passwordWhys.add(why);
            Optional<char[]> answer = passwordAnswers.isEmpty() ? Optional.empty() : passwordAnswers.remove(0);
            answer.ifPresent(passwordsGiven::add);
            return answer;
        }
    };

    private final SessionListener listener = new SessionListener() {
        @Override
        public void opened(DatabasePath path, boolean first) {
            said.add("opened " + (path.isServer() ? path.server().schema() : path.base().getFileName()));
        }

        @Override
        public void problem(String message) {
            said.add("problem: " + message);
        }

        @Override
        public void notice(String title, String message) {
            said.add("notice: " + title);
        }

        @Override
        public void quit() {
            said.add("quit");
        }

        @Override
        public void openingCopy(DatabasePath server) {
            said.add("opening the copy of " + server.server().schema());
        }
    };

    @AfterEach
    void closeAll() throws Exception {
        for (DataSession s : sessions) {
            s.close();
        }
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    /** A session as the app makes one: on {@code first}, holding its lock when it is a file. */
    private DataSession session(DatabasePath first) {
        InstanceLock held = null;
        if (!first.isServer()) {
            InstanceLock.Result result = InstanceLock.acquire(first);
            assertEquals(InstanceLock.State.FIRST, result.state());
            held = result.lock();
        }
        DataSession session = new DataSession(Runnable::run, Runnable::run, held, InstanceLock::acquire, prompts, listener, () -> { });
        sessions.add(session);
        return session;
    }

    private static InstanceLock.State lockAndLetGo(DatabasePath file) {
        InstanceLock.Result result = InstanceLock.acquire(file);
        if (result.lock() != null) {
            result.lock().close();
        }
        return result.state();
    }

    /** The launch's rule (Main): a file is one window's, a schema on a server is not. */
    @Test
    void aLaunchTakesTheLockOfAFileButNoneForAServer() {
        DatabasePath file = new DatabasePath(folder.resolve("nudge"));
        DatabasePath server = DatabasePath.onServer(ServerAddress.parse("postgresql://jane@db.example.org/nudge?schema=jane"), folder);

        InstanceLock.Result forFile = Main.instanceLockFor(file);
        toClose.add(forFile.lock());
        InstanceLock.Result forServer = Main.instanceLockFor(server);
        InstanceLock.Result forServerAgain = Main.instanceLockFor(server);

        assertEquals(InstanceLock.State.FIRST, forFile.state());
        assertEquals(InstanceLock.State.ALREADY_RUNNING, Main.instanceLockFor(file).state(), "a second launch on the file");
        assertEquals(null, forServer.lock());
        assertFalse(forServer.state() == InstanceLock.State.ALREADY_RUNNING || forServerAgain.state() == InstanceLock.State.ALREADY_RUNNING,
                "two launches on one schema both open");
        assertFalse(java.nio.file.Files.exists(InstanceLock.lockFile(server)));
    }

    private static List<String> companies(Database db) {
        return new ApplicationRepository(db).findAll().stream().map(Application::company).sorted().toList();
    }

    @Test
    void switchingToAServerLetsTheFilesLockGoAndTwoWindowsShareTheSchema() throws Exception {
        DatabasePath file = new DatabasePath(folder.resolve("nudge"));
        DatabasePath server = TestServer.freshDatabase(folder);
        DataSession first = session(file);
        first.open(file);
        assertEquals(InstanceLock.State.ALREADY_RUNNING, InstanceLock.acquire(file).state(), "the file is locked while shown");

        first.switchTo(server, null, false).get(30, TimeUnit.SECONDS);

        assertEquals(server, first.path());
        new ApplicationRepository(first.database()).save(Application.of("a", "Acme", "Analyst"));
        InstanceLock.Result again = InstanceLock.acquire(file);
        toClose.add(again.lock());
        assertEquals(InstanceLock.State.FIRST, again.state(), "the file's lock was let go");
        assertFalse(java.nio.file.Files.exists(InstanceLock.lockFile(server)), "a server takes no lock: " + InstanceLock.lockFile(server));

        DataSession second = session(server); // another window on this computer, same schema
        second.open(server);
        assertEquals(List.of("Acme"), companies(second.database()), "the second window sees the first one's data");
        assertEquals(List.of("opened nudge", "opened " + server.server().schema(), "opened " + server.server().schema()), said);
    }

    @Test
    void aFilesSearchIsBroughtOnlyIntoASchemaThatHoldsNone() throws Exception {
        DatabasePath file = new DatabasePath(folder.resolve("nudge"));
        DataSession session = session(file);
        session.open(file);
        new ApplicationRepository(session.database()).save(Application.of("a", "Acme", "Analyst"));
        DatabasePath busy = TestServer.freshDatabase(folder);
        try (Database other = Database.openOrCreate(busy)) { // another computer's search is there already
            new ApplicationRepository(other).save(Application.of("g", "Globex", "Lead"));
        }

        SwitchNotice.Shown intoBusy = session.switchTo(busy, null, true).get(30, TimeUnit.SECONDS);
        assertEquals(new SwitchNotice.Shown(1, false), intoBusy, "a schema holding a search is never written over");
        assertEquals(List.of("Globex"), companies(session.database()));

        session.switchTo(file, null, false).get(30, TimeUnit.SECONDS);
        DatabasePath empty = TestServer.freshDatabase(folder);
        SwitchNotice.Shown intoEmpty = session.switchTo(empty, null, true).get(30, TimeUnit.SECONDS);
        assertEquals(new SwitchNotice.Shown(1, true), intoEmpty);
        assertEquals(List.of("Acme"), companies(session.database()));
        session.switchTo(file, null, false).get(30, TimeUnit.SECONDS);
        assertEquals(List.of("Acme"), companies(session.database()), "the file keeps its search too");
    }

    @Test
    void switchingBackToTheFileTakesItsLockAgain() throws Exception {
        DatabasePath file = new DatabasePath(folder.resolve("nudge"));
        DatabasePath server = TestServer.freshDatabase(folder);
        DataSession session = session(server);
        session.open(server);
        assertEquals(InstanceLock.State.FIRST, lockAndLetGo(file), "the file is free while the window shows the server");

        session.switchTo(file, null, false).get(30, TimeUnit.SECONDS);

        assertEquals(file, session.path());
        assertEquals(InstanceLock.State.ALREADY_RUNNING, InstanceLock.acquire(file).state(), "the file is this window's again");
    }

    @Test
    void aServerThatCannotBeReachedChangesNothingAndSaysWhyInOneLine() throws Exception {
        DatabasePath file = new DatabasePath(folder.resolve("nudge"));
        DataSession session = session(file);
        session.open(file);
        new ApplicationRepository(session.database()).save(Application.of("a", "Acme", "Analyst"));
        Database before = session.database();
        char[] password = "typed".toCharArray();
        DatabasePath away;
        try (ServerSocket port = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            away = DatabasePath.onServer(ServerAddress.parse("postgresql://jane@127.0.0.1:" + port.getLocalPort() + "/nudge?schema=jane"), folder);
        } // closed: nothing listens there any more

        ExecutionException failed = assertThrows(ExecutionException.class, () -> session.switchTo(away, password, false).get(30, TimeUnit.SECONDS));

        StoreException problem = (StoreException) ErrorMessages.unwrap(failed);
        assertEquals(StoreException.Kind.OFFLINE, problem.kind());
        assertFalse(problem.getMessage().contains("\n"));
        assertTrue(problem.getMessage().startsWith("The server 127.0.0.1:"), problem.getMessage());
        assertSame(before, session.database(), "the window keeps its data");
        assertEquals(file, session.path());
        assertEquals(List.of("Acme"), companies(session.database()));
        assertArrayEquals(new char[5], password, "the password was wiped even though it was not used");
        assertEquals(InstanceLock.State.ALREADY_RUNNING, InstanceLock.acquire(file).state(), "the file stays locked");
    }

    @Test
    void startingOnAServerThatDoesNotAnswerReturnsAtOnceAndOffersTheWayOutWithItsLine() throws Exception {
        ExecutorService databaseThread = Executors.newSingleThreadExecutor();
        ExecutorService ui = Executors.newSingleThreadExecutor(); // stands for the JavaFX thread
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // Accepts the connection (the kernel does) and never answers: the driver waits.
            DatabasePath server = DatabasePath.onServer(ServerAddress.parse("postgresql://jane@127.0.0.1:" + silent.getLocalPort()
                    + "/nudge?schema=jane"), folder);
            DataSession session = new DataSession(databaseThread, ui, null, InstanceLock::acquire, prompts, listener, () -> { });

            CompletableFuture<Void> opening = CompletableFuture.runAsync(() -> session.open(server), ui);
            opening.get(2, TimeUnit.SECONDS); // the UI thread is free again while the server is silent

            assertFalse(problemAsked.isDone(), "nothing is decided while the server is still silent");
            silent.close(); // the server goes away: the driver's connection is reset
            StoreException problem = problemAsked.get(30, TimeUnit.SECONDS);
            assertEquals(StoreException.Kind.OFFLINE, problem.kind(), problem.getMessage());
            assertTrue(said.contains("opening the copy of jane"), "the window said at once what it looks for: " + said);
            assertTrue(problem.getMessage().contains("cannot be reached"), problem.getMessage());
            assertFalse(problem.getMessage().matches("(?s).*(Exception|SQLSTATE|\\[\\d{5}).*"), problem.getMessage());
        } finally {
            databaseThread.shutdown();
            ui.shutdown();
            assertTrue(databaseThread.awaitTermination(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void aServerAskingForAPasswordAtStartGetsTheTypedOneOnceAndItIsWiped() throws Exception {
        String role = "nudge_ask_" + Long.toHexString(System.nanoTime());
        String secret = "s3cret-" + Long.toHexString(System.nanoTime());
        ServerAddress admin = ServerAddress.parse(TestServer.address());
        try (Connection c = DriverManager.getConnection(admin.jdbcUrl(), admin.connectionProperties(
                System.getenv().getOrDefault("NUDGE_TEST_PG_PASSWORD", "").toCharArray()));
             Statement st = c.createStatement()) {
            // The test's password file gives every user the test user's password: wrong for this one.
            st.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + secret + "'");
            st.execute("GRANT CREATE ON DATABASE " + admin.database() + " TO " + role);
        }
        DatabasePath server = DatabasePath.onServer(ServerAddress.parse("postgresql://" + role + "@" + admin.host() + ":"
                + admin.port() + "/" + admin.database() + "?schema=" + role), folder);
        passwordAnswers.add(Optional.of("wrong".toCharArray()));
        passwordAnswers.add(Optional.of(secret.toCharArray()));
        DataSession session = session(server);

        session.open(server);

        assertEquals(List.of("password asked for " + server, "password asked for " + server, "opened " + role), said);
        assertTrue(passwordWhys.get(0).startsWith("The server " + admin.host() + " did not accept the password given for " + role),
                passwordWhys.get(0));
        assertEquals("The server " + admin.host() + " did not accept that password for " + role
                + ". Type it again (Nudge stores none).", passwordWhys.get(1), "a refused password is asked again, saying so");
        assertNotNull(session.database());
        assertEquals(List.of(), companies(session.database()));
        for (char[] given : passwordsGiven) {
            assertArrayEquals(new char[given.length], given, "each typed password is wiped after its try");
        }
    }

    @Test
    void cancellingThePasswordQuestionOffersTheUsualWaysOut() throws Exception {
        String role = "nudge_cancel_" + Long.toHexString(System.nanoTime());
        ServerAddress admin = ServerAddress.parse(TestServer.address());
        try (Connection c = DriverManager.getConnection(admin.jdbcUrl(), admin.connectionProperties(
                System.getenv().getOrDefault("NUDGE_TEST_PG_PASSWORD", "").toCharArray()));
             Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'other-" + role + "'");
        }
        DatabasePath server = DatabasePath.onServer(ServerAddress.parse("postgresql://" + role + "@" + admin.host() + ":"
                + admin.port() + "/" + admin.database() + "?schema=" + role), folder);

        problemAnswers.add(Choice.RETRY);
        session(server).open(server);

        assertEquals(List.of("password asked for " + server, "asked: NEEDS_PASSWORD", "password asked for " + server,
                "asked: NEEDS_PASSWORD", "quit"), said, "Retry asks for the password again");
        assertEquals(passwordWhys.get(0), passwordWhys.get(1), "nothing was typed: nothing was refused");
    }

    @Test
    void aServerAwayAtTheFirstStartOnThisComputerOffersRetryAndADamagedCopyIsSaidSo() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort(); // closed again: nothing listens there
        }
        DatabasePath server = DatabasePath.onServer(ServerAddress.parse("postgresql://jane@127.0.0.1:" + port
                + "/nudge?schema=jane"), folder);
        problemAnswers.add(Choice.RETRY);
        session(server).open(server);
        assertEquals(List.of("opening the copy of jane", "asked: OFFLINE", "opening the copy of jane", "asked: OFFLINE", "quit"),
                said, "no copy yet: the dialog, with Retry");

        said.clear();
        java.nio.file.Files.createDirectories(server.folder());
        java.nio.file.Files.writeString(server.folder().resolve(app.nudge.exchange.ServerCopy.FILE), "{\"format\":");
        session(server).open(server);
        assertEquals(4, said.size(), said.toString());
        assertEquals("opening the copy of jane", said.get(0));
        assertTrue(said.get(1).startsWith("problem: The copy of the server's data on this computer ("), said.get(1));
        assertEquals(List.of("asked: OFFLINE", "quit"), said.subList(2, 4), "a damaged copy is never shown");
    }
}
