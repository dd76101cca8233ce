import { useSettings } from "../../components/use-settings";
import { About } from "./About";
import { CategoryLegend } from "./CategoryLegend";
import { DisplaySettings } from "./DisplaySettings";
import { HiddenMeanings } from "./HiddenMeanings";
import { NotesOverview } from "./NotesOverview";
import { PausedSites } from "./PausedSites";
import { RegionSetting } from "./RegionSetting";
import { Shortcuts } from "./Shortcuts";
import { YourData } from "./YourData";

/** Every choice the user controls, saved as it is made and in step with the popup and open pages. */
export function App() {
  const [settings, change] = useSettings();
  return (
    <main class="options">
      <h1>Sciatica Lens options</h1>
      <p class="lead">Changes are saved at once and apply to open pages straight away.</p>
      <RegionSetting settings={settings} onChange={change} />
      <DisplaySettings settings={settings} onChange={change} />
      <CategoryLegend />
      <PausedSites settings={settings} onChange={change} />
      <HiddenMeanings settings={settings} onChange={change} />
      <Shortcuts />
      <NotesOverview />
      <YourData />
      <About />
    </main>
  );
}
