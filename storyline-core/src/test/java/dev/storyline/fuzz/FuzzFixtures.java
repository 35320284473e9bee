package dev.storyline.fuzz;

import dev.storyline.read.Format;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Small valid inputs of every format, written for the fuzz test (invented stories, no real data), and the tokens
 * that mutations splice into them: the syntax each reader is most likely to trip over.
 */
final class FuzzFixtures {

    private FuzzFixtures() {
    }

    static final String STORY = """
            (LEAD) Harbour city opens new ferry line to Meren island

            By Ana Lindqvist and Tomas Berg

            PORTVILLE, March 3 (Storyline) -- The city of Portville opened a ferry line on Tuesday linking its old \
            harbour with the island of Meren, the transport office said.

            "This ends forty years of waiting," mayor Ilse Moreau told reporters, recalling a 1984 promise.

            The boats will run every hour from 6 a.m. to midnight.

            ana@storyline.example
            (END)
            """;

    private static final String SGML = """
            <!DOCTYPE lewis SYSTEM "lewis.dtd">
            <REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5001" NEWID="1">
            <DATE>26-FEB-1987 15:01:01.79</DATE>
            <TOPICS><D>ship</D></TOPICS>
            <PLACES><D>meren</D></PLACES>
            <PEOPLE></PEOPLE>
            <ORGS></ORGS>
            <EXCHANGES></EXCHANGES>
            <COMPANIES></COMPANIES>
            <UNKNOWN>&#5;&#5;&#5;C T
            &#22;&#22;&#1;f0704&#31;reute
            u f BC-FERRY  02-26 0032</UNKNOWN>
            <TEXT>&#2;
            <TITLE>PORTVILLE OPENS FERRY LINE</TITLE>
            <DATELINE>    PORTVILLE, Feb 26 - </DATELINE><BODY>The city opened a ferry line &lt;FERRY.P> on
            Thursday, the transport office said.
             Reuter
            &#3;</BODY></TEXT>
            </REUTERS>
            <REUTERS TOPICS="NO" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="5002" NEWID="2">
            <DATE>26-FEB-1987 15:02:20.00</DATE>
            <TOPICS></TOPICS>
            <TEXT TYPE="BRIEF">&#2;
            <TITLE>MEREN ISLAND GETS POWER CABLE</TITLE>
            &#3;
            </TEXT>
            </REUTERS>
            """;

    private static final String HTML = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <title>Harbour city opens new ferry line | Portville Daily</title>
            <meta property="og:title" content="Harbour city opens new ferry line">
            <meta property="article:published_time" content="2024-03-05T09:00:00Z">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
            "headline":"Harbour city opens new ferry line","datePublished":"2024-03-05",
            "author":{"@type":"Person","name":"Ana Lindqvist"}}</script>
            </head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
            <article><h1>Harbour city opens new ferry line</h1><time datetime="2024-03-05">March 5</time>
            <p>PORTVILLE, March 5 (Storyline) -- The city of Portville opened a ferry line on Tuesday.</p>
            <p>The boats will run every hour from 6 a.m. to midnight, the office said.</p></article>
            <aside><h2>Related</h2><ul><li><a href="/a">Bridge plan shelved</a></li></ul></aside>
            <footer>&copy; 2024 Portville Daily</footer></body></html>
            """;

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Portville Daily</title><link>https://daily.example/</link>
            <item><title>Harbour city opens new ferry line</title><link>https://daily.example/ferry</link>
            <guid>https://daily.example/ferry</guid><pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate>
            <description><![CDATA[<p>PORTVILLE, March 5 (Storyline) -- The city opened a ferry line.</p>]]></description>
            </item><item><title>Bridge plan shelved</title><description>The council &amp; mayor agreed.</description>
            </item></channel></rss>
            """;

    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Portville Daily</title><id>urn:x:feed</id>
            <updated>2024-03-05T09:00:00Z</updated>
            <entry><title>Harbour city opens new ferry line</title><id>urn:x:1</id>
            <updated>2024-03-05T09:00:00Z</updated><author><name>Ana Lindqvist</name></author>
            <content type="html">&lt;p&gt;PORTVILLE, March 5 (Storyline) -- The city opened a ferry line.&lt;/p&gt;</content>
            </entry></feed>
            """;

    private static final String NINJS = """
            {"uri":"urn:storyline:test:1","type":"text","version":"2","language":"en",
             "versioncreated":"2024-03-05T09:00:00Z","firstcreated":"2024-03-05T08:00:00Z",
             "headlines":[{"value":"Harbour city opens new ferry line"}],
             "by":"Ana Lindqvist","located":"Portville","ednote":"ATTN: adds quote",
             "bodies":[{"role":"main","contenttype":"text/html",
               "value":"<p>PORTVILLE, March 5 (Storyline) -- The city opened a ferry line.</p><p>More.</p>"}],
             "subjects":[{"name":"transport","uri":"http://cv.example/transport"}]}
            """;

    private static final String NEWSML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:storyline:test:2" version="1"
                standard="NewsML-G2" standardversion="2.29" xml:lang="en">
             <itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:STORYLINE"/>
              <versionCreated>2024-03-05T09:00:00Z</versionCreated></itemMeta>
             <contentMeta><headline>Harbour city opens new ferry line</headline><by>Ana Lindqvist</by>
              <located><name>Portville</name></located></contentMeta>
             <contentSet><inlineXML contenttype="application/xhtml+xml">
              <html xmlns="http://www.w3.org/1999/xhtml"><body>
               <p>PORTVILLE, March 5 (Storyline) -- The city opened a ferry line.</p><p>More to come.</p>
              </body></html></inlineXML></contentSet>
            </newsItem>
            """;

    private static final String JSONL = """
            {"url":"https://daily.example/ferry","date":"2024-03-05","title":"Harbour city opens new ferry line","text":"PORTVILLE, March 5 (Storyline) -- The city opened a ferry line.\\n\\nMore."}
            {"url":"https://daily.example/bridge","html":"<html><body><p>The council agreed.</p></body></html>"}
            """;

    static String warcRecord(String uri, String html) {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html;
        int length = http.getBytes(StandardCharsets.UTF_8).length;
        return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:"
                + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8)) + ">\r\n"
                + "WARC-Date: 2024-03-05T10:00:00Z\r\nWARC-Target-URI: " + uri + "\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + length + "\r\n\r\n"
                + http + "\r\n\r\n";
    }

    static byte[] gzip(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Valid inputs of each format; the WARC one comes plain and gzipped (each record its own gzip member). */
    static Map<Format, List<byte[]>> byFormat() {
        Map<Format, List<byte[]>> m = new EnumMap<>(Format.class);
        m.put(Format.WIRE, List.of(utf8(STORY), utf8(STORY + "\n\n" + STORY.replace("(LEAD) ", "")),
                STORY.getBytes(StandardCharsets.ISO_8859_1)));
        m.put(Format.REUTERS_SGML, List.of(utf8(SGML)));
        m.put(Format.HTML, List.of(utf8(HTML)));
        m.put(Format.FEED, List.of(utf8(RSS), utf8(ATOM)));
        m.put(Format.NINJS, List.of(utf8(NINJS), utf8("[" + NINJS + "," + NINJS + "]")));
        m.put(Format.NEWSML_G2, List.of(utf8(NEWSML)));
        String r1 = warcRecord("https://daily.example/ferry", HTML);
        String r2 = warcRecord("https://daily.example/bridge", HTML.replace("ferry", "bridge"));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        gz.writeBytes(gzip(utf8(r1)));
        gz.writeBytes(gzip(utf8(r2)));
        m.put(Format.WARC, List.of(utf8(r1 + r2), gz.toByteArray()));
        m.put(Format.JSONL, List.of(utf8(JSONL)));
        return m;
    }

    /** Syntax to splice into inputs: markup, entities, escapes, framing, wire conventions, odd bytes. */
    static final List<byte[]> TOKENS = List.of(
            utf8("<"), utf8(">"), utf8("</"), utf8("/>"), utf8("<!--"), utf8("-->"), utf8("<![CDATA["), utf8("]]>"),
            utf8("<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"),
            utf8("&a;"), utf8("&amp;"), utf8("&#"), utf8("&#x110000;"), utf8("&#0;"), utf8("&"),
            utf8("<div>".repeat(64)), utf8("<p>"), utf8("<script>"), utf8("<body>"), utf8("<html>"),
            utf8("<rss>"), utf8("<feed>"), utf8("<item>"), utf8("<entry>"), utf8("<newsItem>"), utf8("<REUTERS>"),
            utf8("</REUTERS>"), utf8("<BODY>"), utf8("<DATE>"),
            utf8("{"), utf8("}"), utf8("["), utf8("]"), utf8("\""), utf8("\\"), utf8("\\u"), utf8(":"), utf8(","),
            utf8("[".repeat(600)), utf8("{\"a\":".repeat(100)), utf8("1e999999"), utf8("null"),
            utf8("WARC/1.0\r\n"), utf8("Content-Length: 99999999999\r\n"), utf8("Content-Length: -5\r\n"),
            utf8("\r\n\r\n"), utf8("\r"), utf8("\n"), utf8("\n\n"), utf8("HTTP/1.1 200 OK\r\n"),
            utf8("(LEAD) "), utf8("(2nd LD) "), utf8("(ATTN: "), utf8("(END)"), utf8("Reuter"), utf8("==Kyodo"),
            utf8("By "), utf8(" -- "), utf8("SEOUL, May 21 (Yonhap) -- "), utf8("TOKYO (AP) \u2014 "),
            utf8("@"), utf8("Reporting by "), utf8("___"),
            new byte[] {0}, new byte[] {(byte) 0xff, (byte) 0xfe}, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
            new byte[] {(byte) 0xc0, (byte) 0xaf}, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
            new byte[] {(byte) 0x1f, (byte) 0x8b}, utf8("\u00e9\u4e2d\ud83d\ude00"));
}
