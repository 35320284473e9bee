/**
 * Named entities: who and what an article names, merged under one canonical name per entity.
 *
 * <p>The stage {@link dev.storyline.enrich.entities.EntityEnricher} runs, per article:
 * <ol>
 *   <li>{@link dev.storyline.enrich.entities.EntityRecognizer}: tokenise headline and paragraphs
 *       ({@link dev.storyline.nlp.Tokenizer}, {@link dev.storyline.nlp.SentenceSplitter}) and tag names with the
 *       {@link dev.storyline.enrich.entities.NameTagger} (PER, ORG, LOC, MISC);</li>
 *   <li>{@code NameClassifier}: titles apart from person names, listed countries, demonyms, capitals and regions
 *       from the curated {@link dev.storyline.enrich.entities.Gazetteer}, acronyms in brackets;</li>
 *   <li>{@code MentionMerger}: one entity per thing, with a corpus-wide key from
 *       {@link dev.storyline.enrich.entities.EntityKeys}.</li>
 * </ol>
 *
 * <p><b>The model and why.</b> The tagger is Storyline's own averaged structured perceptron over BILOU labels with
 * Viterbi decoding, trained on CoNLL-2003 {@code eng.train} (never on {@code eng.testa}, which is only scored).
 * Features: word, lower case, shape, prefixes and suffixes, neighbours, sentence position and all-capital
 * headlines, the curated gazetteer, what the rest of the document says about the word (printed in lower case
 * elsewhere? tagged earlier?), and word classes learnt by {@link dev.storyline.enrich.entities.ClusterInducer} from
 * unlabelled news (Reuters-21578, TempEval-3 silver, eng.train's tokens). It is chosen over Stanford CoreNLP
 * (GPL-3.0, a 474 MB models jar, ~1.5 GB heap, 5-6k tokens/s) because it reaches about the same span F1 on
 * eng.testa (0.929 against CoreNLP's 0.931), is Apache-2.0 like the rest of Storyline, ships as two resources of
 * under 1 MB in all, needs no new dependency and tags well over 100k tokens/s per core. OpenNLP ships no English
 * NER model; ONNX transformer taggers would be slower by orders of magnitude on 2 cores.
 *
 * <p><b>Reproduce the shipped resources</b> (seeded, so byte-for-byte):
 * <pre>
 * storyline train clusters --text ../shared/data/reuters21578 --text ../shared/data/tempeval3/TE3-Silver-data \
 *     --conll ../shared/data/conll2003/eng.train --out word-clusters.tsv.gz
 * # copy it to storyline-core/src/main/resources/dev/storyline/enrich/entities/, rebuild, then
 * storyline train ner --conll ../shared/data/conll2003/eng.train --out ner-conll2003.model.gz
 * storyline eval ner ../shared/data/conll2003/eng.testa
 * </pre>
 */
package dev.storyline.enrich.entities;
