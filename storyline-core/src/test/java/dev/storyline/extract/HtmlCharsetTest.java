package dev.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlCharsetTest {

    @Test
    void metaDeclaringLatin1IsReadAsWindows1252() {
        HtmlCharset.Decoded d = HtmlCharset.decode(HtmlFixtures.bytes("latin1-meta.html"), null);

        assertThat(d.basis()).isEqualTo("meta");
        assertThat(d.charset().name()).isEqualTo("windows-1252");
        assertThat(d.text()).contains("The café on the corner reopened on Tuesday – its owner said the “new” menu");
    }

    @Test
    void byteOrderMarkWinsOverTheMetaTag() {
        HtmlCharset.Decoded d = HtmlCharset.decode(HtmlFixtures.bytes("utf8-bom.html"), null);

        assertThat(d.basis()).isEqualTo("bom");
        assertThat(d.text()).startsWith("<!DOCTYPE html>").contains("naïve café owners serve crème brûlée");
    }

    @Test
    void contentTypeCharsetWinsOverTheMetaTag() {
        byte[] page = "<html><head><meta charset=\"windows-1252\"></head><body>caf\u00e9</body></html>"
                .getBytes(StandardCharsets.UTF_8);

        HtmlCharset.Decoded d = HtmlCharset.decode(page, "text/html; charset=UTF-8");

        assertThat(d.basis()).isEqualTo("content-type");
        assertThat(d.text()).contains("café");
    }

    @ParameterizedTest(name = "{0} declared in {1}")
    @CsvSource({
            "'<meta charset=\"utf-8\">', UTF-8",
            "'<meta charset=utf8>', UTF-8",
            "'<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">', windows-1252",
            "'<meta content=\"text/html; charset=koi8-r\" http-equiv=\"Content-Type\">', KOI8-R",
            "'<meta charset=\"utf-16\">', UTF-8",
            "'<meta charset=\"no-such-charset\">', ''",
            "'<meta name=\"description\" content=\"charset talk\">', ''",
    })
    void readsTheMetaDeclaration(String meta, String expected) {
        byte[] page = ("<html><head>" + meta + "</head><body></body></html>").getBytes(StandardCharsets.US_ASCII);

        Charset c = HtmlCharset.metaCharset(page);

        assertThat(c == null ? "" : c.name()).isEqualTo(expected);
    }

    @Test
    void undeclaredValidUtf8IsDetectedAsUtf8() {
        byte[] page = "<html><body><p>Zürich, São Paulo and Kraków all reported snow.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        HtmlCharset.Decoded d = HtmlCharset.decode(page, null);

        assertThat(d.basis()).isEqualTo("detected");
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.text()).contains("Zürich, São Paulo and Kraków");
    }

    @Test
    void undeclaredLegacyBytesAreDetected() {
        String text = "<html><body><p>Le café de la gare a rouvert mardi matin, et les habitués sont revenus à leurs"
                + " tables près de la fenêtre, où ils ont commandé des crêpes et du thé très chaud.</p></body></html>";
        byte[] page = text.getBytes(Charset.forName("windows-1252"));

        HtmlCharset.Decoded d = HtmlCharset.decode(page, null);

        assertThat(d.basis()).isEqualTo("detected");
        assertThat(d.text()).contains("café de la gare", "fenêtre", "crêpes et du thé très chaud");
    }

    @Test
    void utf16ByteOrderMarkIsHonoured() {
        byte[] body = "<p>Hello</p>".getBytes(StandardCharsets.UTF_16LE);
        byte[] page = new byte[body.length + 2];
        page[0] = (byte) 0xFF;
        page[1] = (byte) 0xFE;
        System.arraycopy(body, 0, page, 2, body.length);

        assertThat(HtmlCharset.decode(page, null).text()).isEqualTo("<p>Hello</p>");
    }
}
