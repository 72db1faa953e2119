// China's statutory working-day calendar (State Council yearly arrangements).
// STUB: to be designed by the calendar issue (#3).
#pragma once

namespace hdpolicy {

struct WorkCalendar {};

}  // namespace hdpolicy
