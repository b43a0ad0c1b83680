import type { GcoreApiImage } from '../api-types.js';

/** The four price fields of an image object. */
export type GcoreImagePrice = Pick<
  GcoreApiImage,
  'currency_code' | 'price_per_hour' | 'price_per_month' | 'price_status'
>;

/** What `include_prices` leaves them at when it is not true. */
export const GCORE_NO_PRICE: GcoreImagePrice = {
  currency_code: null,
  price_per_hour: null,
  price_per_month: null,
  price_status: null,
};

/** Hourly licence fee (EUR) of Windows images by version; Linux images are free. */
const WINDOWS_HOURLY: Record<string, number> = { '2019': 0.0311, '2022': 0.0342, '2025': 0.0342 };
const DEFAULT_WINDOWS_HOURLY = 0.0342;
/** A bare-metal server pays the licence for all its cores. */
const BAREMETAL_FACTOR = 4;
const HOURS_PER_MONTH = 730;

/**
 * An image's price as `include_prices=true` reports it. Image prices are licence fees:
 * Windows costs per hour, Linux is free (0, shown). Our choice: the project's own and shared
 * images have no list price, so their status is `hide` and the amounts null.
 */
export function gcorePrice(
  image: Pick<GcoreApiImage, 'visibility' | 'os_type' | 'os_version' | 'is_baremetal'>,
): GcoreImagePrice {
  if (image.visibility !== 'public')
    return { currency_code: 'EUR', price_per_hour: null, price_per_month: null, price_status: 'hide' };
  const windows = image.os_type === 'windows';
  const hourly = windows
    ? (WINDOWS_HOURLY[image.os_version] ?? DEFAULT_WINDOWS_HOURLY) * (image.is_baremetal ? BAREMETAL_FACTOR : 1)
    : 0;
  return {
    currency_code: 'EUR',
    price_per_hour: Math.round(hourly * 10_000) / 10_000,
    price_per_month: Math.round(hourly * HOURS_PER_MONTH * 100) / 100,
    price_status: 'show',
  };
}
