package dev.storyline.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDecoderTest {

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @ParameterizedTest(name = "{0} with content type [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
        UTF-8        | Köln, März — «Zürich»                 |                                   | valid utf-8
        windows-1252 | MÜNSTER, Feb 11 - café “quoted” €     |                                   | fallback
        ISO-8859-1   | SALVADOR, Feb 26 - Cacau é exportado |                                   | fallback
        Shift_JIS    | 東京、6月1日 共同 - 政府は今日、新しい予算案を発表しました。予算は過去最大となる見込みです。 | text/plain; charset=Shift_JIS | content type
        windows-1251 | Москва, 1 июня - Правительство объявило сегодня о новом бюджете страны на следующий год. | | detected
        EUC-KR       | 서울, 5월 21일 (연합뉴스) -- 국방부는 화요일 회담을 추진하고 있다고 밝혔다. 회담은 다음 주에 열릴 예정이다. | | detected
        """)
    void charsetComesFromDeclarationOrFromTheBytes(String charset, String text, String contentType, String evidence) {
        byte[] bytes = text.getBytes(Charset.forName(charset));
        TextDecoder.Decoded d = TextDecoder.decode(bytes, contentType);
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.evidence()).startsWith(evidence);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        41 42 43          | true
        C3 A9             | true
        E2 82 AC          | true
        F0 9F 98 80       | true
        C3                | false
        C0 AF             | false
        E0 80 AF          | false
        ED A0 80          | false
        F4 90 80 80       | false
        80                | false
        E2 82             | false
        """)
    void utf8IsValidatedStrictly(String hex, boolean valid) {
        String[] parts = hex.split(" ");
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        assertThat(TextDecoder.isValidUtf8(bytes, 0, bytes.length)).isEqualTo(valid);
    }

    @Test
    void byteOrderMarkWinsOverTheContentType() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Zürich".getBytes(StandardCharsets.UTF_8));
        TextDecoder.Decoded d = TextDecoder.decode(bytes, "text/plain; charset=windows-1252");
        assertThat(d.text()).isEqualTo("Zürich");
        assertThat(d.evidence()).isEqualTo("byte-order mark");
    }

    @Test
    void utf16ByteOrderMarkIsHonoured() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Zürich".getBytes(StandardCharsets.UTF_16LE));
        assertThat(TextDecoder.decode(bytes, null).text()).isEqualTo("Zürich");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        <?xml version="1.0" encoding="ISO-8859-1"?><a>Zürich</a>          | xml declaration
        <html><head><meta charset="windows-1252"></head>Zürich</html>     | meta charset
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>Zürich | meta charset
        """)
    void inBandDeclarationsAreFollowed(String text, String evidence) {
        TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(StandardCharsets.ISO_8859_1), null);
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.evidence()).isEqualTo(evidence);
    }

    @Test
    void invalidBytesNeverThrowAndUnknownLabelsAreIgnored() {
        byte[] bytes = {'a', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, 'b'};
        TextDecoder.Decoded d = TextDecoder.decode(bytes, "text/plain; charset=no-such-charset");
        assertThat(d.text()).startsWith("a").endsWith("b");
        assertThat(TextDecoder.decode(bytes, "text/plain; charset=utf-8").text()).contains("\uFFFD");
    }

    @Test
    void latin1LabelsReadAsWindows1252LikeBrowsers() {
        byte[] bytes = {(byte) 0x93, 'q', (byte) 0x94};
        assertThat(TextDecoder.decode(bytes, "text/html; charset=ISO-8859-1").text()).isEqualTo("“q”");
    }
}
