import { render } from "preact";
import "../../components/theme.css";
import "./popup.css";
import { App } from "./App";
import { firstLook } from "./first-look";

void firstLook()
  .catch(() => ({ tabId: undefined, state: null }))
  .then((first) => render(<App first={first} />, document.getElementById("app")!));
