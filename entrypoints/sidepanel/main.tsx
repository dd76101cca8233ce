import { render } from "preact";
import "../../components/theme.css";
import "./panel.css";
import "./chart.css";
import "./print.css";
import { App } from "./App";

render(<App />, document.getElementById("app")!);
