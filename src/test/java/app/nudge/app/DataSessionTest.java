package app.nudge.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.nudge.app.DatabaseProblemDialog.Choice;
import app.nudge.domain.Application;
import app.nudge.store.ApplicationRepository;
import app.nudge.store.Backups;
import app.nudge.store.Database;
import app.nudge.store.DatabasePath;
import app.nudge.store.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's data file through real files and real locks: a damaged file at start, the ways out
 * (restore the latest backup, choose another file, quit), and a restore from the Backups list.
 * Threads are synchronous; the user's answers are scripted.
 */
class DataSessionTest {

    @TempDir
    Path folder;

    private final List<String> said = new ArrayList<>();
    private final List<StoreException.Kind> asked = new ArrayList<>();
    private final Deque<Choice> answers = new ArrayDeque<>();
    private final Deque<Optional<Path>> chosenFiles = new ArrayDeque<>();
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private boolean quit;
    private DataSession session;

    private final DataSession.Prompts prompts = new DataSession.Prompts() {
        @Override
        public Choice askProblem(StoreException problem, boolean backupExists) {
            asked.add(problem.kind());
            said.add("asked: " + problem.kind() + (backupExists ? " with a backup" : " without a backup"));
            return answers.isEmpty() ? Choice.QUIT : answers.pop();
        }

        @Override
        public Optional<Path> chooseFile(Path from) {
            return chosenFiles.isEmpty() ? Optional.empty() : chosenFiles.pop();
        }
    };

    private final SessionListener listener = new SessionListener() {
        @Override
        public void opened(DatabasePath path, boolean first) {
            said.add("opened " + path.base().getFileName() + (first ? " first" : " again"));
        }

        @Override
        public void problem(String message) {
            said.add("problem: " + message);
        }

        @Override
        public void notice(String title, String message) {
            said.add("notice: " + title);
            notices.add(message);
        }

        @Override
        public void quit() {
            quit = true;
        }
    };

    @AfterEach
    void closeAll() throws Exception {
        if (session != null) {
            session.close();
        }
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    private DataSession session(DatabasePath first) {
        InstanceLock.Result held = InstanceLock.acquire(first);
        assertEquals(InstanceLock.State.FIRST, held.state());
        session = new DataSession(Runnable::run, Runnable::run, held.lock(), InstanceLock::acquire, prompts, listener, () -> { });
        return session;
    }

    /** A database file with {@code names} stored, and a backup of exactly that taken. */
    private DatabasePath withBackedUpData(String base, String... names) {
        DatabasePath path = new DatabasePath(folder.resolve(base));
        try (Database db = Database.openOrCreate(path)) {
            for (String name : names) {
                new ApplicationRepository(db).save(Application.of(name, name + " Inc", "Analyst"));
            }
            assertTrue(db.dailyBackup().isPresent());
        }
        return path;
    }

    private static void truncate(DatabasePath path) throws IOException {
        byte[] all = Files.readAllBytes(path.file());
        Files.write(path.file(), java.util.Arrays.copyOf(all, all.length / 3));
    }

    private List<String> companies() {
        return new ApplicationRepository(session.database()).findAll().stream().map(Application::company).sorted().toList();
    }

    @Test
    void aDamagedFileAtStartIsRestoredFromTheLatestBackupAndKeptAside() throws IOException {
        DatabasePath path = withBackedUpData("nudge", "acme", "globex");
        truncate(path);
        byte[] damaged = Files.readAllBytes(path.file());
        answers.push(Choice.RESTORE_LATEST);

        session(path).open(path);

        assertEquals(List.of(StoreException.Kind.DAMAGED), asked);
        assertTrue(said.contains("asked: DAMAGED with a backup"), said.toString());
        assertTrue(said.contains("opened nudge first"), said.toString());
        assertTrue(said.contains("notice: Backup restored"), said.toString());
        assertEquals(List.of("acme Inc", "globex Inc"), companies());
        assertTrue(notices.get(0).contains("The damaged file was kept as nudge.mv.db.damaged-"), notices.toString());
        try (Stream<Path> files = Files.list(folder)) {
            Path aside = files.filter(f -> f.getFileName().toString().startsWith("nudge.mv.db.damaged-")).findFirst().orElseThrow();
            assertTrue(java.util.Arrays.equals(damaged, Files.readAllBytes(aside)), "the damaged file is kept, byte for byte");
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void aFileGrownByManySavesIsCompactedAfterTheOpenWithEveryApplicationKept() throws IOException {
        DatabasePath path = new DatabasePath(folder.resolve("nudge"));
        try (Database db = Database.openOrCreate(path)) {
            ApplicationRepository repository = new ApplicationRepository(db);
            for (int i = 0; i < 40; i++) {
                repository.save(Application.of("a" + i, "Acme " + i, "Analyst"));
            }
            for (int round = 0; round < 12; round++) { // each save appends a chunk: the file holds mostly dead ones
                for (int i = 0; i < 40; i++) {
                    Application a = repository.find("a" + i).orElseThrow();
                    repository.save(a.withFlags(!a.mayCall(), a.knownDelay()));
                }
            }
        }
        long grown = Files.size(path.file());
        List<Application> before;
        try (Database db = Database.openOrCreate(path)) {
            before = new ApplicationRepository(db).findAll();
        }

        session(path).open(path);

        assertTrue(said.contains("opened nudge first"), said.toString());
        long now = Files.size(path.file());
        assertTrue(now < grown / 4, "compacted from " + grown + " to " + now + " bytes");
        assertEquals(before, new ApplicationRepository(session.database()).findAll(), "every application as it was");
    }

    @Test
    void withoutABackupTheUserIsToldSoAndQuittingLeavesTheFileAlone() throws IOException {
        DatabasePath path = new DatabasePath(folder.resolve("nudge"));
        try (Database db = Database.openOrCreate(path)) {
            new ApplicationRepository(db).save(Application.of("a", "Acme", "Analyst"));
        }
        truncate(path);
        byte[] before = Files.readAllBytes(path.file());
        answers.push(Choice.QUIT);

        session(path).open(path);

        assertEquals(List.of("asked: DAMAGED without a backup"), said);
        assertTrue(quit);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(path.file())), "never replaced by an empty database");
    }

    @Test
    void choosingAnotherFileOpensItAndMovesTheSingleInstanceLockThere() throws IOException {
        DatabasePath broken = withBackedUpData("nudge", "acme");
        truncate(broken);
        DatabasePath other = withBackedUpData("other", "initech");
        answers.push(Choice.CHOOSE_ANOTHER);
        chosenFiles.push(Optional.of(other.file()));

        session(broken).open(broken);

        assertTrue(said.contains("opened other first"), said.toString());
        assertEquals(List.of("initech Inc"), companies());
        assertEquals(InstanceLock.State.ALREADY_RUNNING, InstanceLock.acquire(other).state(), "the chosen file is locked");
        InstanceLock.Result first = InstanceLock.acquire(broken);
        toClose.add(first.lock());
        assertEquals(InstanceLock.State.FIRST, first.state(), "the first file's lock was let go");
    }

    @Test
    void aChosenFileOpenInAnotherWindowIsNotOpenedTwice() throws IOException {
        DatabasePath broken = withBackedUpData("nudge", "acme");
        truncate(broken);
        DatabasePath other = withBackedUpData("other", "initech");
        InstanceLock.Result elsewhere = InstanceLock.acquire(other); // "another window"
        toClose.add(elsewhere.lock());
        answers.addLast(Choice.CHOOSE_ANOTHER);
        answers.addLast(Choice.QUIT);
        chosenFiles.push(Optional.of(other.file()));

        session(broken).open(broken);

        assertTrue(said.stream().anyMatch(s -> s.startsWith("problem:") && s.contains("already open in another Nudge window")),
                said.toString());
        assertEquals(2, asked.size(), "asked again after the refusal");
        assertTrue(quit);
        assertFalse(said.stream().anyMatch(s -> s.startsWith("opened")), said.toString());
    }

    @Test
    void cancellingTheFileChooserAsksAgain() throws IOException {
        DatabasePath broken = withBackedUpData("nudge", "acme");
        truncate(broken);
        answers.addLast(Choice.CHOOSE_ANOTHER);
        answers.addLast(Choice.QUIT);
        chosenFiles.push(Optional.empty());

        session(broken).open(broken);

        assertEquals(2, asked.size());
        assertTrue(quit);
    }

    @Test
    void restoringFromTheBackupsListReplacesTheDataAndKeepsTheReplacedStateAsABackup() {
        DatabasePath path = withBackedUpData("nudge", "acme");
        session(path).open(path);
        new ApplicationRepository(session.database()).save(Application.of("later", "Later Inc", "Analyst"));
        Backups backups = session.backups();
        Backups.Backup daily = backups.list().stream().filter(b -> b.kind() == Backups.Kind.DAILY).findFirst().orElseThrow();

        session.restore(daily);

        assertEquals(List.of("opened nudge first", "opened nudge again", "notice: Backup restored"), said);
        assertEquals(List.of("acme Inc"), companies());
        assertTrue(notices.get(0).contains("kept as a backup"), notices.toString());
        Backups.Backup kept = backups.list().stream().filter(b -> b.kind() == Backups.Kind.PRE_RESTORE).findFirst().orElseThrow();
        session.restore(kept);
        assertEquals(List.of("Later Inc", "acme Inc"), companies(), "going back to the replaced state loses nothing");
    }

    @Test
    void aDatabaseOpenedEarlyIsTakenOverAndAFailedEarlyOpenOffersTheWaysOut() throws IOException {
        DatabasePath good = withBackedUpData("nudge", "acme");
        EarlyStart early = EarlyStart.begin(good, java.time.Clock.systemDefaultZone(), java.util.Locale.US);
        try {
            session = new DataSession(early.databaseThread(), Runnable::run, null, InstanceLock::acquire, prompts, listener, () -> { });
            session.adopt(good, early.opening());
            EarlyStart.FirstPlan first = early.firstPlan().join();
            java.util.concurrent.CompletableFuture.runAsync(() -> { }, early.databaseThread()).join(); // the report ran

            assertEquals(List.of("opened nudge first"), said);
            assertEquals(1, first.plan().applications().size());
            assertEquals(first.plan().applications().size(), first.cards().sorted().size());
            assertEquals(List.of("acme Inc"), java.util.concurrent.CompletableFuture
                    .supplyAsync(this::companies, early.databaseThread()).join());
        } finally {
            java.util.concurrent.CompletableFuture.runAsync(session::close, early.databaseThread()).join();
            session = null;
            early.databaseThread().shutdown();
        }

        truncate(good);
        EarlyStart damaged = EarlyStart.begin(good, java.time.Clock.systemDefaultZone(), java.util.Locale.US);
        try {
            answers.push(Choice.QUIT);
            DataSession second = new DataSession(Runnable::run, Runnable::run, null, InstanceLock::acquire, prompts, listener,
                    () -> { });
            second.adopt(good, damaged.opening());
            assertTrue(damaged.firstPlan().handle((plan, error) -> error != null).join(), "no plan from a damaged file");
            assertTrue(said.contains("asked: DAMAGED with a backup"), said.toString());
            assertTrue(quit);
        } finally {
            damaged.databaseThread().shutdown();
        }
    }
}
