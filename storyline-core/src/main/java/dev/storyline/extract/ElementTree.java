package dev.storyline.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The elements under a root in document order, each with the index of its parent, so that a sum over every subtree
 * or a flag inherited from the ancestors costs one pass over the elements, not a walk up from every text block
 * (which would cost blocks × depth on a deep page).
 */
final class ElementTree {

    private final List<Element> elements;
    private final Map<Element, Integer> index;
    private final int[] parent;
    private final int[] end;

    ElementTree(Element root) {
        elements = root.getAllElements(); // document order (pre-order), collected without recursion
        index = new IdentityHashMap<>(elements.size() * 2);
        for (int i = 0; i < elements.size(); i++) {
            index.put(elements.get(i), i);
        }
        parent = new int[elements.size()];
        for (int i = 0; i < elements.size(); i++) {
            Integer p = i == 0 ? null : index.get(elements.get(i).parent());
            parent[i] = p == null ? -1 : p;
        }
        end = new int[elements.size()];
        for (int i = elements.size() - 1; i >= 0; i--) {
            end[i] = Math.max(end[i], i + 1);
            if (parent[i] >= 0) {
                end[parent[i]] = Math.max(end[parent[i]], end[i]);
            }
        }
    }

    int size() {
        return elements.size();
    }

    Element get(int i) {
        return elements.get(i);
    }

    /** The index of {@code e}, or -1 when it is not under the root. */
    int indexOf(Element e) {
        Integer i = index.get(e);
        return i == null ? -1 : i;
    }

    int parent(int i) {
        return parent[i];
    }

    /** Whether element {@code i} is {@code top} or lies under it. */
    boolean isInside(int i, int top) {
        return i >= top && i < end[top];
    }

    /** Each element's value plus the values of everything under it. */
    double[] subtreeSums(double[] own) {
        double[] sums = own.clone();
        for (int i = sums.length - 1; i > 0; i--) {
            if (parent[i] >= 0) {
                sums[parent[i]] += sums[i];
            }
        }
        return sums;
    }

    /**
     * For the elements under {@code top} (itself included): whether the element or an ancestor up to {@code top}
     * has {@code own} set. Elements outside {@code top} get {@code false}.
     */
    boolean[] inherited(int top, boolean[] own) {
        boolean[] flags = new boolean[own.length];
        flags[top] = own[top];
        for (int i = top + 1; i < end[top]; i++) {
            flags[i] = own[i] || flags[parent[i]];
        }
        return flags;
    }
}
