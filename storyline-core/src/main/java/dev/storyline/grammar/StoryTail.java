package dev.storyline.grammar;

import dev.storyline.model.RailItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Separates the end of a story from its body: the sign-off, the reporters' e-mail addresses, the credit lines,
 * and a trailing rail of other headlines after the sign-off. What remains is the body.
 *
 * <pre>
 * ... last body paragraph.
 * graceoh@yna.co.kr            contacts
 * (END)                        endMarker
 * -                            rail: one item a line, "-" lines between
 * (LEAD) N. Korea tests ...
 * </pre>
 */
public final class StoryTail {

    /** The body and what was taken from its end. */
    public record Split(List<String> body, List<String> contacts, List<String> credits, String endMarker,
            List<RailItem> rail, List<String> warnings) {
    }

    private final EndMarkers endMarkers = new EndMarkers();
    private final ContactsAndCredits contactsAndCredits = new ContactsAndCredits();
    private final RailParser railParser = new RailParser();

    /** Splits {@code paragraphs} (the body after the dateline) into body and tail. */
    public Split split(List<String> paragraphs) {
        List<String> warnings = new ArrayList<>();
        List<String> contacts = new ArrayList<>();
        List<String> credits = new ArrayList<>();
        List<RailItem> rail = List.of();
        String endMarker = null;
        int end = -1;
        for (int i = 1; i < paragraphs.size(); i++) {
            Optional<String> marker = endMarkers.alone(paragraphs.get(i));
            if (marker.isPresent()) {
                end = i;
                endMarker = marker.get();
                break;
            }
        }
        List<String> body = new ArrayList<>(end >= 0 ? paragraphs.subList(0, end) : paragraphs);
        if (end >= 0) {
            List<String> rest = new ArrayList<>();
            for (String line : paragraphs.subList(end + 1, paragraphs.size())) {
                Optional<List<String>> found = contactsAndCredits.contacts(line);
                Optional<String> credit = contactsAndCredits.credit(line);
                if (found.isPresent()) {
                    contacts.addAll(found.get());
                } else if (credit.isPresent()) {
                    credits.add(credit.get());
                } else if (endMarkers.trailer(line)) {
                    credits.add(line.strip());
                } else if (endMarkers.alone(line).isEmpty()) {
                    rest.add(line);
                }
            }
            if (!rest.isEmpty()) {
                Optional<List<RailItem>> items = railParser.parse(rest);
                if (items.isPresent()) {
                    rail = items.get();
                } else {
                    body.addAll(rest);
                    warnings.add("text after the sign-off '" + endMarker + "' is not a list of headlines; kept as body");
                }
            }
        }
        List<String> tailContacts = new ArrayList<>();
        List<String> tailCredits = new ArrayList<>();
        boolean looking = true;
        while (looking && body.size() > 1) {
            String last = body.get(body.size() - 1);
            Optional<List<String>> found = contactsAndCredits.contacts(last);
            Optional<String> credit = contactsAndCredits.credit(last);
            Optional<String> marker = endMarker == null ? endMarkers.alone(last) : Optional.empty();
            if (found.isPresent()) {
                tailContacts.addAll(0, found.get());
            } else if (credit.isPresent()) {
                tailCredits.add(0, credit.get());
            } else if (endMarkers.trailer(last)) {
                tailCredits.add(0, last.strip());
            } else if (marker.isPresent()) {
                endMarker = marker.get();
            } else {
                looking = false;
                continue;
            }
            body.remove(body.size() - 1);
        }
        if (!body.isEmpty()) {
            int lastIndex = body.size() - 1;
            if (endMarker == null) {
                Optional<EndMarkers.Split> inline = endMarkers.trailing(body.get(lastIndex));
                if (inline.isPresent()) {
                    endMarker = inline.get().marker();
                    body.set(lastIndex, inline.get().paragraph());
                }
            }
            Optional<String[]> inlineCredit = contactsAndCredits.trailingCredit(body.get(lastIndex));
            if (inlineCredit.isPresent()) {
                body.set(lastIndex, inlineCredit.get()[0]);
                tailCredits.add(0, inlineCredit.get()[1]);
            }
            if (body.get(lastIndex).isEmpty()) {
                body.remove(lastIndex);
            }
        }
        tailContacts.addAll(contacts);
        tailCredits.addAll(credits);
        return new Split(body, tailContacts, tailCredits, endMarker, rail, warnings);
    }
}
