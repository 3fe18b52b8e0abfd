/**
 * The detail card of one station: what a citizen needs to go there or reach it. Every value is
 * rendered as text (Lit escapes it); the only link is the office phone, through `safeUrl`.
 * Members appear by name and sector only — there is no personal number in the contract, and
 * nothing but these two fields is read from a member.
 */
import type { Locale, Workstation } from '@tongxin/core';
import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '../shared/safe.js';
import type { MapStrings } from './strings.js';

/** Activities shown before "更早的活动". */
const RECENT = 5;

/** What the card needs from the element. */
export interface CardContext {
  strings: MapStrings;
  locale: Locale;
  /** Label of a 界别 code, or undefined when the county does not list it. */
  sector: (code: string) => string | undefined;
  back: () => void;
  sendOpinion: (station: Workstation) => void;
}

const formats = new Map<Locale, Intl.DateTimeFormat>();

/** `2026-03-05` as the reader's language writes dates (a calendar day, so read in UTC). */
function day(date: string, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale === 'zh-Hant' ? 'zh-TW' : 'zh-CN', {
      dateStyle: 'long',
      timeZone: 'UTC',
    });
    formats.set(locale, format);
  }
  const parsed = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(parsed) ? date : format.format(parsed);
}

/** The card of a station; `after` is what follows it (the opinion box or a note). */
export function renderCard(station: Workstation, ctx: CardContext, after: unknown): TemplateResult {
  const s = ctx.strings;
  const phoneHref = station.officePhone ? safeUrl(`tel:${station.officePhone.replace(/[^0-9+]/g, '')}`) : undefined;
  const slots = [...station.duty.slots].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));
  const activities = [...station.activities].sort((a, b) => b.date.localeCompare(a.date));
  const activity = (a: Workstation['activities'][number]) =>
    html`<li class="activity"><time datetime=${a.date}>${day(a.date, ctx.locale)}</time>${a.title}${
      a.summary ? html`<br /><span class="muted">${a.summary}</span>` : nothing
    }</li>`;
  return html`<article class="card" part="card" aria-labelledby="card-title">
      <div class="toolbar">
        <button type="button" part="button back" @click=${ctx.back}>← ${s.back}</button>
      </div>
      <h3 id="card-title" class="name-break" tabindex="-1">${station.name}</h3>
      <p><span class="badge">${s.types[station.type] ?? station.type}</span></p>
      <dl>
        <dt>${s.address}</dt>
        <dd>${station.address}</dd>
        ${station.host ? html`<dt>${s.host}</dt><dd>${station.host}</dd>` : nothing}
        ${
          station.officePhone
            ? html`<dt>${s.phone}</dt><dd>${phoneHref ? html`<a href=${phoneHref}>${station.officePhone}</a>` : station.officePhone}</dd>`
            : nothing
        }
        ${
          slots.length > 0 || station.duty.note
            ? html`<dt>${s.duty}</dt>
                <dd>
                  ${slots.map((t, i) => html`${i > 0 ? '；' : ''}${s.weekdays[t.weekday - 1] ?? ''} ${t.start}–${t.end}`)}
                  ${station.duty.note ? html`<br /><span class="muted">${station.duty.note}</span>` : nothing}
                </dd>`
            : nothing
        }
      </dl>
      ${
        station.members.length > 0
          ? html`<section aria-labelledby="card-members">
              <h4 id="card-members">${s.members}</h4>
              <ul class="members">
                ${station.members.map((m) => {
                  const sector = m.sectorCode ? ctx.sector(m.sectorCode) : undefined;
                  return html`<li>${m.name}${sector ? html`<span class="muted">（${sector}）</span>` : nothing}</li>`;
                })}
              </ul>
            </section>`
          : nothing
      }
      ${
        station.services.length > 0
          ? html`<section aria-labelledby="card-services">
              <h4 id="card-services">${s.services}</h4>
              <ul class="tags">
                ${station.services.map((x) => html`<li>${x}</li>`)}
              </ul>
            </section>`
          : nothing
      }
      ${
        activities.length > 0
          ? html`<section aria-labelledby="card-activities">
              <h4 id="card-activities">${s.activities}</h4>
              <ul>
                ${activities.slice(0, RECENT).map(activity)}
              </ul>
              ${
                activities.length > RECENT
                  ? html`<details>
                      <summary>${s.moreActivities(activities.length - RECENT)}</summary>
                      <ul>
                        ${activities.slice(RECENT).map(activity)}
                      </ul>
                    </details>`
                  : nothing
              }
            </section>`
          : nothing
      }
      <p class="muted">${s.opinions(station.opinionCount)}</p>
      <div class="toolbar">
        <button type="button" class="primary" part="button opinion" @click=${() => ctx.sendOpinion(station)}>${s.sendOpinion}</button>
      </div>
    </article>
    ${after}`;
}
