package newsfacts.extract.entity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * An Aho-Corasick automaton over normalized alias keys: one left-to-right pass over the text reports
 * every occurrence of every key, in time linear in the text plus the number of occurrences. Immutable
 * and thread-safe once built.
 */
final class AliasAutomaton {
  /** Receives one occurrence: key index and the normalized end offset (exclusive). */
  interface Hits {
    void hit(int key, int end);
  }

  // Transitions in compressed rows: node n's edges are labels/targets[rowStart[n] .. rowStart[n + 1]).
  private final int[] rowStart;
  private final char[] labels;
  private final int[] targets;
  private final int[] fail;
  /** Key ending exactly at this node, or -1. */
  private final int[] key;
  /** Nearest node on the fail chain (excluding this one) that ends a key, or -1. */
  private final int[] dictLink;
  private final int[] keyLength;
  /** The root's transitions as a dense table (most text chars are looked up at the root): -1 for none. */
  private final int[] rootEdge = new int[0x10000];
  /**
   * The class of every char: {@link #ABSENT} for a char of no key (it sends every state to the root),
   * {@link #SPARSE} for a key char looked up in the rows, else 1 + its column in {@link #delta}.
   */
  private final byte[] charClass = new byte[0x10000];
  /**
   * The complete transition function (goto and fail links folded in) for the key chars of the Latin,
   * Greek and Cyrillic blocks, {@link #columns} per state: one read per char of alphabetic text instead of
   * a binary search per fail link.
   */
  private final char[] delta;
  private final int columns;

  private static final byte ABSENT = -1;
  private static final byte SPARSE = 0;
  /** Key chars below this code point get a column of {@link #delta} (Latin, Greek, Cyrillic). */
  private static final int DENSE_BELOW = 0x0530;
  private static final int MAX_COLUMNS = Byte.MAX_VALUE;

  AliasAutomaton(List<String> keys) {
    List<TreeMap<Character, Integer>> trie = new ArrayList<>();
    trie.add(new TreeMap<>());
    List<Integer> ends = new ArrayList<>(List.of(-1));
    keyLength = new int[keys.size()];
    for (int k = 0; k < keys.size(); k++) {
      String s = keys.get(k);
      keyLength[k] = s.length();
      int node = 0;
      for (int i = 0; i < s.length(); i++) {
        Integer next = trie.get(node).get(s.charAt(i));
        if (next == null) {
          next = trie.size();
          trie.add(new TreeMap<>());
          ends.add(-1);
          trie.get(node).put(s.charAt(i), next);
        }
        node = next;
      }
      if (ends.get(node) >= 0) {
        throw new IllegalArgumentException("duplicate key '" + s + "'");
      }
      ends.set(node, k);
    }
    int n = trie.size();
    rowStart = new int[n + 1];
    int edges = 0;
    for (int i = 0; i < n; i++) {
      rowStart[i] = edges;
      edges += trie.get(i).size();
    }
    rowStart[n] = edges;
    labels = new char[edges];
    targets = new int[edges];
    for (int i = 0; i < n; i++) {
      int j = rowStart[i];
      for (var e : trie.get(i).entrySet()) {
        labels[j] = e.getKey();
        targets[j] = e.getValue();
        j++;
      }
    }
    Arrays.fill(rootEdge, -1);
    for (int j = rowStart[0]; j < rowStart[1]; j++) {
      rootEdge[labels[j]] = targets[j];
    }
    key = ends.stream().mapToInt(Integer::intValue).toArray();
    fail = new int[n];
    dictLink = new int[n];
    Arrays.fill(dictLink, -1);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    int[] bfs = new int[n];
    int visited = 0;
    bfs[visited++] = 0;
    for (int j = rowStart[0]; j < rowStart[1]; j++) {
      fail[targets[j]] = 0;
      queue.add(targets[j]);
    }
    while (!queue.isEmpty()) {
      int u = queue.poll();
      bfs[visited++] = u;
      for (int j = rowStart[u]; j < rowStart[u + 1]; j++) {
        int v = targets[j];
        char c = labels[j];
        int f = fail[u];
        int to;
        while ((to = edge(f, c)) < 0 && f != 0) {
          f = fail[f];
        }
        fail[v] = to >= 0 ? to : 0;
        dictLink[v] = key[fail[v]] >= 0 ? fail[v] : dictLink[fail[v]];
        queue.add(v);
      }
    }
    Arrays.fill(charClass, ABSENT);
    char[] dense = new char[MAX_COLUMNS];
    int cols = 0;
    for (char c : labels) {
      if (charClass[c] == ABSENT) {
        charClass[c] = SPARSE;
        if (c < DENSE_BELOW && cols < MAX_COLUMNS && n <= Character.MAX_VALUE + 1) {
          dense[cols++] = c;
          charClass[c] = (byte) cols;
        }
      }
    }
    columns = cols;
    delta = new char[n * cols];
    for (int b = 0; b < n; b++) { // breadth first: a node's fail state is filled before the node
      int u = bfs[b];
      for (int x = 0; x < cols; x++) {
        int to = edge(u, dense[x]);
        delta[u * cols + x] = (char) (to >= 0 ? to : u == 0 ? 0 : delta[fail[u] * cols + x]);
      }
    }
  }

  /** The number of keys. */
  int keyCount() {
    return keyLength.length;
  }

  int keyLength(int k) {
    return keyLength[k];
  }

  /** Reports every key occurrence in {@code text}, ordered by end offset. */
  void scan(CharSequence text, Hits hits) {
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int x = charClass[c];
      if (x > 0) {
        state = delta[state * columns + x - 1];
      } else if (x == ABSENT) {
        state = 0;
      } else {
        int to;
        while ((to = edge(state, c)) < 0 && state != 0) {
          state = fail[state];
        }
        state = to >= 0 ? to : 0;
      }
      if (key[state] >= 0) {
        hits.hit(key[state], i + 1);
      }
      for (int d = dictLink[state]; d >= 0; d = dictLink[d]) {
        hits.hit(key[d], i + 1);
      }
    }
  }

  private int edge(int node, char c) {
    if (node == 0) {
      return rootEdge[c];
    }
    int lo = rowStart[node];
    int hi = rowStart[node + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char m = labels[mid];
      if (m < c) {
        lo = mid + 1;
      } else if (m > c) {
        hi = mid - 1;
      } else {
        return targets[mid];
      }
    }
    return -1;
  }
}
