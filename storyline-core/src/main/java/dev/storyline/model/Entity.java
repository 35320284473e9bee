package dev.storyline.model;

import java.util.List;

/**
 * A named entity of an article with all its mentions merged under one canonical name:
 * {@code Jeong} and {@code Defense Minister Jeong Kyeong-doo} are one PERSON {@code Jeong Kyeong-doo}.
 *
 * @param key      the corpus-wide key of the canonical name, usable as a search field and facet,
 *                 e.g. {@code person:jeong-kyeong-doo}
 * @param name     the canonical name, e.g. {@code South Korea} for {@code S. Korea}
 * @param type     what kind of entity it is
 * @param aliases  other names printed for it in this article, e.g. {@code THAAD}
 * @param roles    titles and roles printed with it, e.g. {@code Defense Minister}
 * @param linkedTo the key of an entity this one stands for, e.g. {@code place:south-korea} for {@code Seoul}
 *                 used for its government; null when none
 * @param mentions every mention, in text order
 */
public record Entity(String key, String name, EntityType type, List<String> aliases, List<String> roles,
        String linkedTo, List<Mention> mentions) {

    public Entity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        roles = roles == null ? List.of() : List.copyOf(roles);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
