package dev.storyline.model;

/**
 * Where, when and by whom a wire story was filed: the prefix of its first paragraph.
 *
 * <pre>
 * SEOUL, May 21 (Yonhap) --        place SEOUL, date 2019-05-21 (year inferred), agency Yonhap
 * TOKYO (AP) —                     place TOKYO, no date, agency AP
 * SALVADOR, Feb 26 -               place SALVADOR, date from the source, no agency
 * </pre>
 *
 * @param place     the place as printed, e.g. {@code SEOUL}
 * @param date      the date: full ({@code 2019-05-21}), or {@code null} when it cannot be known
 * @param agency    the agency as printed, e.g. {@code Yonhap}, {@code Reuters}, {@code AFP}; {@code null} when absent
 * @param text      the dateline exactly as printed, e.g. {@code SEOUL, May 21 (Yonhap) --}
 * @param dateFrom  how {@code date} was obtained, with its evidence; {@code null} when there is no date
 */
public record Dateline(String place, PartialDate date, String agency, String text, Provenance dateFrom) {
}
