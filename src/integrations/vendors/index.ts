/** Every vendor module, by config name (the npm entry's default set). */
import type { VendorSet } from '../types';
import { channelTalk } from './channel-talk';
import { googleAds } from './google-ads';
import { hotjar } from './hotjar';
import { kakaoPixel } from './kakao-pixel';
import { metaPixel } from './meta-pixel';
import { microsoftUet } from './microsoft-uet';
import { naverAds } from './naver-ads';
import { naverAnalytics } from './naver-analytics';
import { tiktokPixel } from './tiktok-pixel';
import { youtube } from './youtube';

export const VENDORS: Required<VendorSet> = {
  'naver-analytics': naverAnalytics,
  'naver-ads': naverAds,
  'kakao-pixel': kakaoPixel,
  'meta-pixel': metaPixel,
  'microsoft-uet': microsoftUet,
  'tiktok-pixel': tiktokPixel,
  'google-ads': googleAds,
  hotjar,
  'channel-talk': channelTalk,
  youtube,
};

export { channelTalk, googleAds, hotjar, kakaoPixel, metaPixel, microsoftUet, naverAds, naverAnalytics, tiktokPixel, youtube };
export { youtubeEmbedUrl } from './youtube';
