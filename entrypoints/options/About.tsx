import { SourceCitation } from "../../components/SourceCitation";
import sources from "virtual:sciatica-lens/sources";
import { browser } from "wxt/browser";

/** The privacy promise, the sources the explanations rest on, and the version. */
export function About() {
  const cited = Object.entries(sources).filter(([, s]) => s.status !== "NOT FOUND");
  return (
    <section aria-labelledby="about-title">
      <h2 id="about-title">About Sciatica Lens</h2>
      <h3>Our privacy promise</h3>
      <ul>
        <li>Nothing leaves your browser. Sciatica Lens makes no network requests and has no analytics.</li>
        <li>
          The text of the pages you read stays in the tab. Only the names and counts of the terms found are
          kept, and only until the tab closes.
        </li>
        <li>Your settings and notes are kept in this browser until you delete them.</li>
      </ul>
      <h3>It explains; it does not diagnose</h3>
      <p>
        Sciatica Lens explains words in plain English and says when a symptom needs a doctor quickly. It
        cannot tell what is wrong with you. If you have a warning sign, get medical help.
      </p>
      <details class="sources">
        <summary>Sources ({cited.length})</summary>
        <ul>
          {cited.map(([key, source]) => (
            <li key={key} data-source={key}>
              <SourceCitation citation={source.citation} url={source.url} />
            </li>
          ))}
        </ul>
      </details>
      <p class="version">Version {browser.runtime.getManifest().version}</p>
    </section>
  );
}
