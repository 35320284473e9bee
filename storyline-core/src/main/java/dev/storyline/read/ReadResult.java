package dev.storyline.read;

import java.util.List;

/** What a reader returns for one input: the items it read and one error per item it could not read. */
public record ReadResult(List<Document> documents, List<ReadError> errors) {

    public ReadResult {
        documents = List.copyOf(documents);
        errors = List.copyOf(errors);
    }

    public static ReadResult of(List<Document> documents) {
        return new ReadResult(documents, List.of());
    }

    public static ReadResult failed(ReadError error) {
        return new ReadResult(List.of(), List.of(error));
    }
}
