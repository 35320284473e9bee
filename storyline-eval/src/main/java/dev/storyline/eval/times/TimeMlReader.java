package dev.storyline.eval.times;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TimeML documents ({@code *.tml}, or gzipped {@code *.tml.gz}): the text inside {@code <TEXT>} with every tag removed, the gold TIMEX3
 * spans and values in it, and the document creation time. Files that cannot be parsed are reported, not thrown.
 */
public final class TimeMlReader {

    private static final XMLInputFactory FACTORY = newFactory();

    private final List<String> errors = new ArrayList<>();

    /** Every {@code .tml} and {@code .tml.gz} file under {@code dir}, sorted by path; bad files are listed in {@link #errors()}. */
    public List<TimeMlDocument> readAll(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".tml")
                    || p.getFileName().toString().endsWith(".tml.gz")).sorted().toList();
        }
        List<TimeMlDocument> docs = new ArrayList<>();
        for (Path f : files) {
            String group = f.getParent() == null ? "" : f.getParent().getFileName().toString();
            try {
                byte[] bytes = Files.readAllBytes(f);
                if (f.getFileName().toString().endsWith(".gz")) {
                    try (var in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(bytes))) {
                        bytes = in.readAllBytes();
                    }
                }
                docs.add(read(f.getFileName().toString(), group, bytes));
            } catch (XMLStreamException | IOException | RuntimeException e) {
                errors.add(f + ": not readable as TimeML: " + e.getMessage());
            }
        }
        return docs;
    }

    /** The files that could not be read, with the reason. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** One document from its bytes. */
    public static TimeMlDocument read(String name, String group, byte[] xml) throws XMLStreamException {
        XMLStreamReader r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
        StringBuilder text = new StringBuilder();
        List<TimeMlDocument.Timex> gold = new ArrayList<>();
        String dct = null;
        boolean inText = false;
        int timexStart = -1;
        String type = null;
        String value = null;
        boolean creation = false;
        StringBuilder dctText = new StringBuilder();
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String el = r.getLocalName();
                if (el.equals("TEXT")) {
                    inText = true;
                } else if (el.equals("TIMEX3")) {
                    type = r.getAttributeValue(null, "type");
                    value = r.getAttributeValue(null, "value");
                    creation = "CREATION_TIME".equals(r.getAttributeValue(null, "functionInDocument"));
                    if (creation && dct == null) {
                        dct = value;
                    }
                    timexStart = text.length();
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                String el = r.getLocalName();
                if (el.equals("TEXT")) {
                    inText = false;
                } else if (el.equals("TIMEX3")) {
                    if (inText && !creation && timexStart >= 0) {
                        gold.add(new TimeMlDocument.Timex(timexStart, text.length(),
                                text.substring(timexStart, text.length()), type, value));
                    }
                    timexStart = -1;
                }
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE) {
                if (inText) {
                    text.append(r.getText());
                } else if (creation) {
                    dctText.append(r.getText());
                }
            }
        }
        r.close();
        return new TimeMlDocument(name, group, text.toString(), dct, gold);
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }
}
