// Type checks of the widgets' JSX types (tsc runs this file; nothing imports it): what a React
// page may write, and what the compiler refuses.

import type { Workstation } from '@tongxin/core';
import type {} from '@tongxin/designer/jsx';
import type {} from '@tongxin/elements/jsx';

declare const stations: Workstation[];

export const fine = (
  <tx-provider endpoint="https://zx.example.gov.cn/api" tenant="211100" locale="zh-Hans">
    <tx-opinion-box status-href="/status.html" />
    <tx-workstation-map stations={stations} ontx-workstation-select={(e) => console.log(e.detail)} />
    <tx-task-tracker public />
    <tx-form-designer endpoint="/" tenant="211100" getToken={() => 'token'} ontx-form-saved={(e) => console.log(e.type)} />
  </tx-provider>
);

// @ts-expect-error stations is a list of workstations, not text
export const wrongType = <tx-workstation-map stations="ws_001" />;
// @ts-expect-error the designer's token comes from a function
export const wrongToken = <tx-form-designer getToken="token" />;
// @ts-expect-error no such widget
export const unknownTag = <tx-opinion-boxx />;
