// A stored record that cannot be read, shown in the list of saved assessments with what
// is wrong and what can be done, so it never hides the others and can be removed.
import { formatRoute } from "../../routing/routes";
import type { Unreadable } from "../../storage/repository";
import { Tag, useT, UserText } from "../../ui";
import { startMessages } from "./messages";

const shortId = (id: string) => (id.length > 60 ? `${id.slice(0, 60)}…` : id);

export function DamagedRow({ damaged }: { damaged: Unreadable }) {
  const t = useT(startMessages);
  const id = shortId(damaged.id);
  return (
    <tr data-damaged-id={damaged.id}>
      <th scope="row">
        {t("damagedName")}
        <br />
        <span className="secondary body-s">
          <UserText>{id}</UserText>
        </span>
        <details className="details damaged-details">
          <summary>{t("damagedWhat")}</summary>
          <div className="details-text">
            <p className="body-s">{t("damagedHelp")}</p>
            {damaged.problems.length ? (
              <ul className="list body-s">
                {damaged.problems.map((p, k) => (
                  <li key={k}>
                    <code>
                      <UserText>{p.where}</UserText>
                    </code>
                    {" – "}
                    <UserText>{p.message}</UserText>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </details>
      </th>
      <td>–</td>
      <td>
        <Tag colour="red">{t("damaged")}</Tag>
      </td>
      <td>–</td>
      <td>–</td>
      <td>
        <div className="table-actions">
          <a href={formatRoute({ name: "delete", id: damaged.id })}>
            {t("delete")}
            <span className="visually-hidden"> {t("damagedName")} {id}</span>
          </a>
        </div>
      </td>
    </tr>
  );
}
