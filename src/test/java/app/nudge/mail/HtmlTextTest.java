package app.nudge.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void keepsParagraphsLineBreaksAndListItems() {
        assertEquals("Hello Sam,\n\nWe would like to meet:\n\n- Tuesday 2pm\n- Wednesday 10am\n\nBest,\nAna\n",
                HtmlText.toText("<html><head><style>p{}</style><title>t</title></head><body>"
                        + "<p>Hello   Sam,</p><p>We would like to <b>meet</b>:</p><ul><li>Tuesday 2pm</li>"
                        + "<li>Wednesday&nbsp;10am</li></ul><p>Best,<br>Ana</p><script>x()</script></body></html>"));
    }

    @Test
    void outlooksReplyHeaderAndEverythingAfterItIsQuoted() {
        String html = "<div>Thanks, we will get back to you next week.</div>"
                + "<hr style=\"display:inline-block;width:98%\">"
                + "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><b>From:</b> Sam<br><b>Sent:</b> Monday<br></div>"
                + "<div>Could you tell me by Friday?</div>";
        assertEquals("Thanks, we will get back to you next week.\n\n> From: Sam\n> Sent: Monday\n"
                + "> Could you tell me by Friday?\n", HtmlText.toText(html));
    }

    @Test
    void outlookDesktopsBorderedHeaderStartsTheQuoteToo() {
        String html = "<div class=WordSection1><p>Let us talk on Monday.</p>"
                + "<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                + "<p><b>From:</b> Sam</p></div></div><p>Any news on my application?</p></div>";
        assertEquals("Let us talk on Monday.\n\n> From: Sam\n>\n> Any news on my application?\n", HtmlText.toText(html));
    }

    @Test
    void nestedBlockquotesQuoteDeeper() {
        assertEquals("Reply\n\n> Earlier\n>\n> > Earliest\n",
                HtmlText.toText("Reply<blockquote type=\"cite\">Earlier<blockquote>Earliest</blockquote></blockquote>"));
    }

    @Test
    void aGmailQuoteWithoutABlockquoteIsQuotedWhole() {
        assertEquals("Sure.\n> On Monday Sam wrote:\n> Any news?\n",
                HtmlText.toText("<div>Sure.</div><div class=\"gmail_quote\">On Monday Sam wrote:<br>Any news?</div>"));
    }

    @Test
    void emptyOrInvisibleHtmlGivesNoText() {
        assertEquals("", HtmlText.toText("<html><head><style>x</style></head><body> <br> </body></html>"));
    }
}
