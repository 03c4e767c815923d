package newsfacts.pipeline;

import java.util.List;

/**
 * What became of one input file: its documents, or the reason it could not be read.
 *
 * @param source the path as given
 * @param fileId SHA-256 of the file's bytes, or null when the file could not even be read
 * @param documents the articles extracted (empty on error)
 * @param error the reason the file failed, or null
 */
public record FileOutcome(String source, String fileId, List<ExtractedDocument> documents, String error) {
  public FileOutcome {
    documents = List.copyOf(documents);
  }

  public boolean failed() {
    return error != null;
  }

  static FileOutcome failure(String source, String fileId, String reason) {
    return new FileOutcome(source, fileId, List.of(), reason);
  }
}
