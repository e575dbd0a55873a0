import Foundation
import SitegenCLI

exit(await SitegenCommand.runMain())
