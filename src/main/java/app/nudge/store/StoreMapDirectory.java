package app.nudge.store;

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
 * <p>Refused: keys of the metadata map that do not come in strictly ascending order (what every
 * binary search relies on); a map that holds data (a "root." entry in the layout) whose entry
 * or name cannot be looked up again to the same id; a name whose map entry is missing or names
 * another map.
 */
final class StoreMapDirectory {

    private static final String ROOT = "root.";
    private static final String MAP = "map.";
    private static final String NAME = "name.";

    private StoreMapDirectory() {
    }

    /** What is wrong with the directory, in words; empty when nothing is. */
    static Optional<String> problem(MVStore store) {
        MVMap<String, String> meta = store.getMetaMap();
        Map<String, String> layout = store.getLayoutMap(); // a copy: only walked, never searched
        if (!ascending(meta)) {
            return Optional.of("its directory of tables is damaged");
        }
        String metaId = layout.get("meta.id");
        for (String key : layout.keySet()) {
            if (key.startsWith(ROOT) && !key.substring(ROOT.length()).equals(metaId)
                    && !findable(meta, key.substring(ROOT.length()))) {
                return Optional.of("a table or index holding data cannot be found in its directory of tables");
            }
        }
        for (Map.Entry<String, String> e : meta.entrySet()) {
            if (e.getKey().startsWith(NAME) && !named(meta.get(MAP + e.getValue()), e.getKey().substring(NAME.length()))) {
                return Optional.of("its directory of tables names a table or index that is not there");
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

    /** Whether the keys, walked in the tree's own order, are strictly ascending as String compares them (H2's order for these maps). */
    private static boolean ascending(MVMap<String, String> map) {
        String previous = null;
        for (String key : map.keySet()) {
            if (previous != null && previous.compareTo(key) >= 0) {
                return false;
            }
            previous = key;
        }
        return true;
    }
}
