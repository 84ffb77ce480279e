package app.nudge.app;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The main window as it looked when it last closed over this computer's file, kept beside the data
 * ({@code window-picture-DAY.bin}, one per day it is for: see {@link #fileFor}), with the card selected then, so that the next start can show it as its first frame, before the window's
 * controls are built, and put the live window in its place once the board has its cards. It is
 * kept only with the {@link Facts} it depends on, and a start shows it only when every one of them
 * is still true: the same build, the same day, the database file untouched since it closed (its size
 * and time of last change, taken after the close), the same theme, language, window size and screen
 * scale. The live board then shows the same cards; the picture is its first frame, sooner.
 *
 * <p>The file holds what the database holds (names, companies, drafts on screen): it is written as
 * the database is, readable by its owner only, and replaced atomically (a crash leaves the old one
 * or the new one, never half of one; a damaged one is not shown).
 */
record WindowPicture(Facts facts, String title, String selected, int width, int height, int[] argb) {

    /** The start of every picture file's name; the day it is for follows. */
    private static final String NAME = "window-picture";
    private static final int MAGIC = 0x4e50_4943; // "NPIC"
    private static final int FORMAT = 2;
    /** Above an 8K screen at twice its scale: a larger side in the header means the file is not one of ours. */
    private static final int MAX_SIDE = 16_384;

    /**
     * What the picture depends on. {@code build} names the app's code (a new version draws another
     * window); {@code dataSize} and {@code dataModified} are the database file's, after it closed.
     */
    record Facts(String build, LocalDate day, long dataSize, long dataModified, String theme, String language,
                 long stageWidth, long stageHeight, boolean maximized, double scale) {
    }

    /** Where the picture for the starts of {@code day} is kept, in the data's {@code folder}. */
    static Path fileFor(Path folder, LocalDate day) {
        return folder.resolve(NAME + "-" + day + ".bin");
    }

    /**
     * Removes the pictures in {@code folder} for other days than {@code kept} (and the one picture
     * of earlier versions, {@code window-picture.bin}): a close keeps only the pictures it took.
     */
    static void removeAllBut(Path folder, java.util.Collection<LocalDate> kept) throws IOException {
        java.util.Set<Path> keep = new java.util.HashSet<>();
        kept.forEach(day -> keep.add(fileFor(folder, day)));
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(NAME)
                    && f.getFileName().toString().endsWith(".bin") && !keep.contains(f)).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** The size and time of last change of {@code dataFile}, as the facts hold them; empty when it does not exist. */
    static Optional<long[]> fingerprint(Path dataFile) {
        try {
            return Optional.of(new long[] {Files.size(dataFile), Files.getLastModifiedTime(dataFile).toMillis()});
        } catch (IOException missing) {
            return Optional.empty();
        }
    }

    /** Writes the picture to {@code file} atomically, readable by its owner only. */
    void write(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(argb.length * 4);
        bytes.asIntBuffer().put(argb);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED); // flat colours: fast and small enough
        ByteArrayOutputStream packed = new ByteArrayOutputStream(argb.length / 4);
        try {
            deflater.setInput(bytes.array());
            deflater.finish();
            byte[] chunk = new byte[64 * 1024];
            while (!deflater.finished()) {
                packed.write(chunk, 0, deflater.deflate(chunk));
            }
        } finally {
            deflater.end();
        }
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + NAME, ".tmp"); // 0600 where permissions exist
        try {
            try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(temporary)))) {
                out.writeInt(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(facts.build());
                out.writeUTF(facts.day().toString());
                out.writeLong(facts.dataSize());
                out.writeLong(facts.dataModified());
                out.writeUTF(facts.theme());
                out.writeUTF(facts.language());
                out.writeLong(facts.stageWidth());
                out.writeLong(facts.stageHeight());
                out.writeBoolean(facts.maximized());
                out.writeDouble(facts.scale());
                out.writeUTF(title);
                out.writeUTF(selected);
                out.writeInt(width);
                out.writeInt(height);
                out.writeInt(packed.size());
                packed.writeTo(out);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * The picture in {@code file} when its facts are {@code wanted} (checked before the pixels are
     * unpacked); empty when there is none, it is not wanted, or it is not a whole picture of ours.
     */
    static Optional<WindowPicture> read(Path file, java.util.function.Predicate<Facts> wanted) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                return Optional.empty();
            }
            Facts facts = new Facts(in.readUTF(), LocalDate.parse(in.readUTF()), in.readLong(), in.readLong(),
                    in.readUTF(), in.readUTF(), in.readLong(), in.readLong(), in.readBoolean(), in.readDouble());
            if (!wanted.test(facts)) {
                return Optional.empty();
            }
            String title = in.readUTF();
            String selected = in.readUTF();
            int width = in.readInt();
            int height = in.readInt();
            int packedLength = in.readInt();
            if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE || packedLength <= 0
                    || packedLength > (long) width * height * 4 + 1024) {
                return Optional.empty();
            }
            byte[] packed = in.readNBytes(packedLength);
            if (packed.length != packedLength) {
                return Optional.empty();
            }
            return unpack(packed, width * height).map(argb -> new WindowPicture(facts, title, selected, width, height, argb));
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty(); // a damaged picture is not shown; the next close writes a new one
        }
    }

    private static Optional<int[]> unpack(byte[] packed, int pixels) {
        byte[] bytes = new byte[pixels * 4];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed);
            int filled = 0;
            while (filled < bytes.length && !inflater.finished()) {
                int n = inflater.inflate(bytes, filled, bytes.length - filled);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return Optional.empty();
                }
                filled += n;
            }
            if (filled != bytes.length || !inflater.finished()) {
                return Optional.empty(); // too short, or more pixels than the header says
            }
        } catch (DataFormatException damaged) {
            return Optional.empty();
        } finally {
            inflater.end();
        }
        int[] argb = new int[pixels];
        ByteBuffer.wrap(bytes).asIntBuffer().get(argb);
        return Optional.of(argb);
    }
}
