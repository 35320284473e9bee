package dev.storyline.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Writes a corpus of made-up plain wire stories, one a file, for tests that must run without ../shared. */
final class GeneratedWire {

    private static final List<String> PLACES = List.of("SEOUL", "TOKYO", "CHICAGO", "LONDON", "NAIROBI", "LIMA");
    private static final List<String> AGENCIES = List.of("Yonhap", "Kyodo", "Reuters", "AFP");
    private static final List<String> SUBJECTS = List.of("The port authority", "The central bank", "A grain trader",
            "The city council", "The shipping line", "A power company", "The farm ministry");
    private static final List<String> ACTS = List.of("raised its forecast", "delayed the vote", "signed a contract",
            "cut prices", "opened a terminal", "reported higher output", "announced new rules");
    private static final String[] MONTHS = {"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
        "Oct.", "Nov.", "Dec."};

    private GeneratedWire() {
    }

    /** Writes {@code count} stories into {@code dir} and returns it. */
    static Path write(Path dir, int count, long seed) throws IOException {
        Files.createDirectories(dir);
        Random r = new Random(seed);
        for (int i = 0; i < count; i++) {
            String subject = SUBJECTS.get(r.nextInt(SUBJECTS.size()));
            String act = ACTS.get(r.nextInt(ACTS.size()));
            String story = String.format(Locale.ROOT, "%s %s, story %d%n%n%s, %s %d (%s) -- %s %s on %s, officials said.%n%n"
                    + "The decision, number %d this season, followed weeks of talks.%n%n(END)%n",
                    subject, act, i, PLACES.get(r.nextInt(PLACES.size())), MONTHS[r.nextInt(12)], 1 + r.nextInt(28),
                    AGENCIES.get(r.nextInt(AGENCIES.size())), subject, act, "day " + (i % 300), i);
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "story-%05d.txt", i)), story, StandardCharsets.UTF_8);
        }
        return dir;
    }
}
