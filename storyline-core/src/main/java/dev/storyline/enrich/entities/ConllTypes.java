package dev.storyline.enrich.entities;

import dev.storyline.model.EntityType;

/** Storyline's entity types and the CoNLL-2003 labels: PERSON = PER, ORGANIZATION = ORG, PLACE = LOC, OTHER = MISC. */
public final class ConllTypes {

    private ConllTypes() {
    }

    /** The type of a CoNLL label; anything unknown is OTHER. */
    public static EntityType typeOf(String conllLabel) {
        return switch (conllLabel) {
            case "PER" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORGANIZATION;
            case "LOC" -> EntityType.PLACE;
            default -> EntityType.OTHER;
        };
    }

    /** The CoNLL label of a type. */
    public static String labelOf(EntityType type) {
        return switch (type) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case PLACE -> "LOC";
            case OTHER -> "MISC";
        };
    }
}
