package dev.storyline.model;

/** The kinds of named entity Storyline extracts. CoNLL's PER/ORG/LOC/MISC map to these in that order. */
public enum EntityType {
    PERSON, ORGANIZATION, PLACE, OTHER
}
