/**
 * What the UI asks for: asynchronous operations that run on the database thread and tell
 * listeners when the data changed. The UI sees services, never the store.
 */
package app.nudge.service;
