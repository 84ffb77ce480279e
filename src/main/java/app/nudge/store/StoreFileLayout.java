package app.nudge.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the bytes of an H2 MVStore file (format 3, H2 2.x) say about its two file headers and its
 * chunks, read with plain file reads so nothing is written and H2's own fallback cannot hide damage.
 *
 * <p>The format, as H2 writes it (FileStore, RandomAccessStore, Chunk, DataUtils): blocks of 4 KiB;
 * blocks 0 and 1 each hold the file header {@code H:2,block:..,blockSize:1000,chunk:..,format:3,
 * version:..,fletcher:..}, whose Fletcher-32 covers the text before ",fletcher"; every chunk starts
 * at a block boundary with {@code chunk:..,len:..,..,version:..} (no checksum, ends at a newline, at
 * most 1024 bytes) and ends with a 128-byte footer {@code chunk:..,len:..,version:..,fletcher:..}
 * in the last bytes of its last block. Numbers are hexadecimal. A chunk is complete when its footer
 * checksums and names the same chunk, length and start (H2's readChunkHeaderAndFooter).
 */
final class StoreFileLayout {

    static final int BLOCK_SIZE = 4096;
    static final int FOOTER_LENGTH = 128;
    static final int MAX_CHUNK_HEADER_LENGTH = 1024;
    private static final byte[] CHUNK_MARK = "chunk:".getBytes(StandardCharsets.ISO_8859_1);

    /** The newest file header that checksums: which chunk H2 starts from, and whether it was closed cleanly. */
    record FileHeader(long version, Optional<Integer> chunk, long block, boolean clean, long blockSize, long format) {
    }

    /** A chunk header found at a block boundary; {@code complete} when its footer matches it. */
    record ChunkAt(long block, int id, int len, long version, boolean complete) {
        long end() {
            return block + len;
        }

        /** Whether {@code other} starts inside this chunk (after its first block). */
        boolean covers(long otherBlock) {
            return otherBlock > block && otherBlock < end();
        }
    }

    private final long size;
    private final Optional<FileHeader> header;
    private final List<ChunkAt> chunks;

    private StoreFileLayout(long size, Optional<FileHeader> header, List<ChunkAt> chunks) {
        this.size = size;
        this.header = header;
        this.chunks = chunks;
    }

    static StoreFileLayout read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < 2L * BLOCK_SIZE) {
                return new StoreFileLayout(size, Optional.empty(), List.of());
            }
            Optional<FileHeader> header = newestHeader(read(channel, 0, BLOCK_SIZE), read(channel, BLOCK_SIZE, BLOCK_SIZE));
            List<ChunkAt> chunks = new ArrayList<>();
            for (long block = 2; block * BLOCK_SIZE < size; block++) {
                chunkAt(channel, size, block).ifPresent(chunks::add);
            }
            return new StoreFileLayout(size, header, List.copyOf(chunks));
        }
    }

    long size() {
        return size;
    }

    Optional<FileHeader> header() {
        return header;
    }

    List<ChunkAt> chunks() {
        return chunks;
    }

    /** The complete chunk {@code id} starting at {@code block}, as H2 would accept it there. */
    Optional<ChunkAt> completeChunk(long block, int id) {
        return chunks.stream().filter(c -> c.complete() && c.block() == block && c.id() == id).findFirst();
    }

    /**
     * Whether a chunk header at {@code c.block} is a leftover inside a newer complete chunk (an old,
     * freed chunk partly overwritten, or bytes of page data that happen to look like a header).
     */
    /**
     * Whether {@code c} is the write a kill interrupted: the newest chunk of all, starting after every
     * complete chunk ends (written last, at the end of the file).
     */
    boolean isUnfinishedLastWrite(ChunkAt c) {
        long newest = chunks.stream().mapToLong(ChunkAt::version).max().orElse(Long.MIN_VALUE);
        long completeEnd = chunks.stream().filter(ChunkAt::complete).mapToLong(ChunkAt::end).max().orElse(0);
        return !c.complete() && c.version() == newest && c.block() >= completeEnd;
    }

    boolean isInsideNewerChunk(ChunkAt c) {
        return chunks.stream().anyMatch(k -> k.complete() && k.covers(c.block()) && k.version() >= c.version());
    }

    private static Optional<FileHeader> newestHeader(byte[] first, byte[] second) {
        FileHeader newest = null;
        for (byte[] block : List.of(first, second)) {
            Map<String, String> map = parseChecksummedMap(block, 0, block.length);
            if (map == null) {
                continue;
            }
            try {
                FileHeader h = new FileHeader(hex(map, "version", 0),
                        map.containsKey("chunk") ? Optional.of((int) hex(map, "chunk", 0)) : Optional.empty(),
                        hex(map, "block", 2), hex(map, "clean", 0) != 0, hex(map, "blockSize", BLOCK_SIZE), hex(map, "format", 1));
                if (newest == null || h.version() > newest.version()) {
                    newest = h;
                }
            } catch (NumberFormatException e) {
                // a header with a checksum but unreadable numbers counts as no header
            }
        }
        return Optional.ofNullable(newest);
    }

    private static Optional<ChunkAt> chunkAt(FileChannel channel, long size, long block) throws IOException {
        long pos = block * BLOCK_SIZE;
        byte[] start = read(channel, pos, (int) Math.min(MAX_CHUNK_HEADER_LENGTH, size - pos));
        if (!startsWith(start, CHUNK_MARK)) {
            return Optional.empty();
        }
        int newline = indexOf(start, (byte) '\n');
        if (newline < 0) {
            return Optional.empty();
        }
        try {
            Map<String, String> map = parseMap(new String(start, 0, newline, StandardCharsets.ISO_8859_1).trim());
            int id = (int) hex(map, "chunk", 0);
            int len = (int) hex(map, "len", 0);
            long version = hex(map, "version", id);
            long stated = hex(map, "block", 0);
            if (id <= 0 || len <= 0 || (stated != 0 && stated != block)) {
                return Optional.empty();
            }
            return Optional.of(new ChunkAt(block, id, len, version, footerMatches(channel, size, block, id, len)));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not a chunk header after all (NumberFormatException is one)
        }
    }

    private static boolean footerMatches(FileChannel channel, long size, long block, int id, int len) throws IOException {
        long end = (block + len) * BLOCK_SIZE;
        if (end > size) {
            return false; // cut short: the footer is past the end of the file
        }
        byte[] footer = read(channel, end - FOOTER_LENGTH, FOOTER_LENGTH);
        Map<String, String> map = parseChecksummedMap(footer, 0, footer.length);
        if (map == null) {
            return false;
        }
        try {
            long footerBlock = map.containsKey("block") ? hex(map, "block", 0) : block + len - hex(map, "len", 0);
            return hex(map, "chunk", 0) == id && footerBlock == block;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static byte[] read(FileChannel channel, long pos, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, pos + buffer.position()) < 0) {
                break;
            }
        }
        byte[] bytes = new byte[buffer.position()];
        buffer.flip().get(bytes);
        return bytes;
    }

    /** As H2's DataUtils.parseChecksummedMap: the map before "fletcher", or null if it does not checksum. */
    static Map<String, String> parseChecksummedMap(byte[] bytes, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && (bytes[start] & 0xff) <= ' ') {
            start++;
        }
        while (start < end && (bytes[end - 1] & 0xff) <= ' ') {
            end--;
        }
        String s = new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        Map<String, String> map = new HashMap<>();
        StringBuilder value = new StringBuilder();
        for (int i = 0, n = s.length(); i < n; ) {
            int keyStart = i;
            i = s.indexOf(':', i);
            if (i < 0) {
                return null;
            }
            String key = s.substring(keyStart, i++);
            value.setLength(0);
            i = parseValue(value, s, i);
            if (key.equals("fletcher")) {
                try {
                    int check = (int) Long.parseLong(value.toString(), 16);
                    return keyStart >= 1 && check == fletcher32(bytes, start, keyStart - 1) ? map : null;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            map.put(key, value.toString());
        }
        return null;
    }

    /** As H2's DataUtils.parseMap (no checksum): chunk headers have none. */
    static Map<String, String> parseMap(String s) {
        Map<String, String> map = new HashMap<>();
        StringBuilder value = new StringBuilder();
        for (int i = 0, n = s.length(); i < n; ) {
            int keyStart = i;
            i = s.indexOf(':', i);
            if (i < 0) {
                throw new IllegalArgumentException("not a map");
            }
            String key = s.substring(keyStart, i++);
            value.setLength(0);
            i = parseValue(value, s, i);
            map.put(key, value.toString());
        }
        return map;
    }

    private static int parseValue(StringBuilder value, String s, int from) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == ',') {
                break;
            } else if (c == '"') {
                while (i < s.length()) {
                    c = s.charAt(i++);
                    if (c == '\\' && i < s.length()) {
                        c = s.charAt(i++);
                    } else if (c == '"') {
                        break;
                    }
                    value.append(c);
                }
            } else {
                value.append(c);
            }
        }
        return i;
    }

    /** H2's Fletcher-32 (DataUtils.getFletcher32): 16-bit big-endian words, an odd last byte padded with 0. */
    static int fletcher32(byte[] bytes, int offset, int length) {
        int s1 = 0xffff;
        int s2 = 0xffff;
        int i = offset;
        int evenEnd = offset + (length & ~1);
        while (i < evenEnd) {
            for (int end = Math.min(i + 720, evenEnd); i < end; ) {
                int x = ((bytes[i++] & 0xff) << 8) | (bytes[i++] & 0xff);
                s2 += s1 += x;
            }
            s1 = (s1 & 0xffff) + (s1 >>> 16);
            s2 = (s2 & 0xffff) + (s2 >>> 16);
        }
        if ((length & 1) != 0) {
            int x = (bytes[i] & 0xff) << 8;
            s2 += s1 += x;
        }
        s1 = (s1 & 0xffff) + (s1 >>> 16);
        s2 = (s2 & 0xffff) + (s2 >>> 16);
        return (s2 << 16) | s1;
    }

    private static long hex(Map<String, String> map, String key, long absent) {
        String v = map.get(key);
        if (v == null) {
            return absent;
        }
        if (v.isEmpty() || v.length() > 16) {
            throw new NumberFormatException(key);
        }
        return Long.parseUnsignedLong(v, 16);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
