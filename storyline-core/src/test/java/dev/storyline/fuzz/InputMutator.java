package dev.storyline.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;

/**
 * Turns a valid input into a nearby broken one, the way a mutation fuzzer does: flips bits, cuts, repeats and
 * swaps slices, splices syntax tokens in, or replaces everything with random bytes. Driven by a seeded
 * {@link Random}, so a failing case is reproduced from its seed.
 */
final class InputMutator {

    private final List<byte[]> tokens;

    InputMutator(List<byte[]> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    /** A mutant of {@code input}: 1 to 8 mutations, or (one time in ten) random bytes. */
    byte[] mutate(byte[] input, Random random) {
        if (random.nextInt(10) == 0) {
            byte[] noise = new byte[random.nextInt(4096)];
            random.nextBytes(noise);
            return noise;
        }
        byte[] b = input;
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            b = mutateOnce(b, random);
        }
        return b;
    }

    private byte[] mutateOnce(byte[] b, Random r) {
        if (b.length == 0) {
            return tokens.get(r.nextInt(tokens.size())).clone();
        }
        int at = r.nextInt(b.length);
        int len = 1 + r.nextInt(Math.min(b.length - at, 256));
        switch (r.nextInt(7)) {
            case 0 -> { // flip a bit
                byte[] c = b.clone();
                c[at] ^= (byte) (1 << r.nextInt(8));
                return c;
            }
            case 1 -> { // cut the end
                return java.util.Arrays.copyOf(b, at);
            }
            case 2 -> { // delete a slice
                return splice(b, at, len, new byte[0]);
            }
            case 3 -> { // repeat a slice a few times
                byte[] slice = java.util.Arrays.copyOfRange(b, at, at + len);
                ByteArrayOutputStream rep = new ByteArrayOutputStream();
                for (int k = 1 + r.nextInt(16); k > 0; k--) {
                    rep.writeBytes(slice);
                }
                return splice(b, at, 0, rep.toByteArray());
            }
            case 4 -> { // overwrite a slice with random bytes
                byte[] c = b.clone();
                for (int k = at; k < at + len; k++) {
                    c[k] = (byte) r.nextInt(256);
                }
                return c;
            }
            case 5 -> { // swap two slices' content by copying one over the other
                int from = r.nextInt(b.length);
                int l = Math.min(len, b.length - from);
                return splice(b, at, 0, java.util.Arrays.copyOfRange(b, from, from + l));
            }
            default -> { // splice a syntax token in
                return splice(b, at, r.nextBoolean() ? 0 : Math.min(len, 4), tokens.get(r.nextInt(tokens.size())));
            }
        }
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + insert.length);
        out.write(b, 0, at);
        out.writeBytes(insert);
        out.write(b, at + remove, b.length - at - remove);
        return out.toByteArray();
    }
}
