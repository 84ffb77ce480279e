package app.nudge.store;

import app.nudge.i18n.Texts;
import java.util.Map;
import java.util.Optional;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * Checks H2's directory of maps (every table and index of the database is one map) in a store opened
 * read-only. WHY: H2 opens a table's map by looking its name up in the store's metadata map
 * ("name.table.8" -> map id 28, "map.28" -> its settings); when the lookup finds nothing, H2 creates a
 * NEW, EMPTY map under that name instead of failing. One flipped bit in a key of the metadata page
 * ("map.1a" read as "maq.1a") breaks the key order, the binary search then misses other keys, and a
 * whole table (with its primary-key index) reads as empty: no row is there to fail a content check,
 * and an empty table and its empty index agree in count. Seen: the settings read as empty and an
 * export wrote the default settings with exit 0.
 *
 * The layout map (where each map's data starts: "root.28") has the same weakness: a flipped key
 * there ("root.2" read as "roou.2") made the lookup of "root.28" miss and the settings read as empty.
 *
 * <p>Refused: keys of the metadata map that do not come in strictly ascending order (what every
 * binary search relies on); a layout key of no known kind, or a "root." entry that H2's own lookup
 * does not find with the same value; a map that holds data (a "root." entry in the layout) whose entry
 * or name cannot be looked up again to the same id; a name whose map entry is missing or names
 * another map.
 */
final class StoreMapDirectory {

    private static final String ROOT = "root.";
    private static final String MAP = "map.";
    private static final String NAME = "name.";
    private static final String CHUNK = "chunk.";
    private static final String META_ID = "meta.id";

    private StoreMapDirectory() {
    }

    /** What is wrong with the directory, in words; empty when nothing is. */
    static Optional<String> problem(MVStore store) {
        MVMap<String, String> meta = store.getMetaMap();
        Map<String, String> layout = store.getLayoutMap(); // a sorted copy: its order proves nothing
        if (!ascending(meta.keySet()) || !ascending(layoutAsStored(store))) {
            return Optional.of(Texts.t("store.damaged.directory"));
        }
        String metaId = layout.get(META_ID);
        for (Map.Entry<String, String> e : layout.entrySet()) {
            String key = e.getKey();
            if (!key.startsWith(ROOT) && !key.startsWith(CHUNK) && !key.equals(META_ID)) {
                return Optional.of(Texts.t("store.damaged.directory"));
            }
            if (key.startsWith(ROOT)) {
                // H2 finds a map's data by this lookup; a miss reads the map as empty.
                int id = Integer.parseUnsignedInt(key.substring(ROOT.length()), 16);
                if (store.getFileStore().getRootPos(id) != Long.parseUnsignedLong(e.getValue(), 16)) {
                    return Optional.of(Texts.t("store.damaged.directory"));
                }
                if (!key.substring(ROOT.length()).equals(metaId) && !findable(meta, key.substring(ROOT.length()))) {
                    return Optional.of(Texts.t("store.damaged.tableNotListed"));
                }
            }
        }
        for (Map.Entry<String, String> e : meta.entrySet()) {
            if (e.getKey().startsWith(NAME) && !named(meta.get(MAP + e.getValue()), e.getKey().substring(NAME.length()))) {
                return Optional.of(Texts.t("store.damaged.tableListedMissing"));
            }
        }
        return Optional.empty();
    }

    /** Whether map {@code id}'s entry and its name are both found by lookup (as H2 opens it) and lead back to {@code id}. */
    private static boolean findable(MVMap<String, String> meta, String id) {
        String config = meta.get(MAP + id);
        if (config == null) {
            return false;
        }
        String name = StoreFileLayout.parseMap(config).get("name");
        return name != null && id.equals(meta.get(NAME + name));
    }

    private static boolean named(String config, String name) {
        return config != null && name.equals(StoreFileLayout.parseMap(config).get("name"));
    }

    /**
     * The layout map itself, walked in its pages' own order. H2 hands out only a sorted copy
     * ({@link MVStore#getLayoutMap}), in which a flipped key that now equals its neighbour's ("root.28"
     * read as "root.29") simply vanishes and the settings table reads as empty. H2 is pinned in the
     * pom; DamagedTableDirectoryTest fails if a new H2 renames the field (that flip is among its cases).
     */
    @SuppressWarnings("unchecked")
    private static Iterable<String> layoutAsStored(MVStore store) {
        try {
            java.lang.reflect.Field field = org.h2.mvstore.FileStore.class.getDeclaredField("layout");
            field.setAccessible(true);
            return ((MVMap<String, String>) field.get(store.getFileStore())).keySet();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return store.getLayoutMap().keySet(); // the copy: the checks by lookup below still run
        }
    }

    /** Whether the keys, walked in the tree's own order, are strictly ascending as String compares them (H2's order for these maps). */
    private static boolean ascending(Iterable<String> keys) {
        String previous = null;
        for (String key : keys) {
            if (previous != null && previous.compareTo(key) >= 0) {
                return false;
            }
            previous = key;
        }
        return true;
    }
}
