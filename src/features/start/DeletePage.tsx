import { PageHeading } from "../../ui";
export default function Page() {
  return <PageHeading>Coming in the next commit</PageHeading>;
}
