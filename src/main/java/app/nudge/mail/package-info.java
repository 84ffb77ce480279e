/**
 * Turning mail into {@link app.nudge.replies.IncomingMessage}: {@code .eml} files and IMAP messages
 * through Jakarta Mail (Eclipse Angus), Outlook {@code .msg} files through Apache POI's HSMF reader,
 * HTML bodies into text through jsoup, pasted text as it is. No JavaFX, no SQL: what a message
 * says is decided in {@code app.nudge.replies}.
 */
package app.nudge.mail;
