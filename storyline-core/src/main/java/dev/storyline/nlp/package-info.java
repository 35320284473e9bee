/**
 * Cutting English news text into tokens and sentences, with character offsets so that everything found on
 * tokens maps back to a {@link dev.storyline.model.Span}. Tokens follow CoNLL-2003's conventions, which the name
 * tagger was trained on.
 */
package dev.storyline.nlp;
