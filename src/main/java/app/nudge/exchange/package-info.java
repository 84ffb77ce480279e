/**
 * The JSON exchange format of spec section 5: reading with field-path validation, canonical
 * writing, and the import/export operations on a database.
 */
package app.nudge.exchange;
