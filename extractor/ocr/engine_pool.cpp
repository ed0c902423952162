#include "ocr/engine_pool.h"

namespace occx {

EnginePool& OcrEngines::pool(const std::string& language, OcrLayout layout) {
    std::lock_guard lock(mu_);
    auto& slot = pools_[{language, static_cast<int>(layout)}];
    if (!slot) slot = std::make_unique<EnginePool>(language, layout);
    return *slot;
}

EnginePool::Lease EnginePool::borrow() {
    {
        std::lock_guard lock(mu_);
        if (!idle_.empty()) {
            auto engine = std::move(idle_.back());
            idle_.pop_back();
            return Lease(*this, std::move(engine));
        }
    }
    return Lease(*this, std::make_unique<TesseractEngine>(language_, layout_));
}

void EnginePool::give_back(std::unique_ptr<TesseractEngine> engine) {
    if (!engine) return;
    std::lock_guard lock(mu_);
    idle_.push_back(std::move(engine));
}

}  // namespace occx
