/**
 * The JSON exchange format of docs/exchange-format.md: reading with field-path validation, canonical
 * writing, and the import/export operations on a database.
 */
package app.nudge.exchange;
